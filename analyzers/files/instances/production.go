package instances

import (
	"bytes"
	"path"
	"strings"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// productionLines tells which lines of a config file configure a production
// deployment, or returns nil for a file that configures none. Files are
// judged by what hosts and tools define them to be: vercel.json, fly.toml
// and render.yaml deploy the app they sit in; netlify.toml only in its
// [context.production] sections; Dockerfiles, compose files and
// Kubernetes/Helm files only when named for prod; a GitHub Actions workflow
// only when it deploys to a production environment and no other.
func productionLines(f *scan.File, src []byte) func(line int) bool {
	all := func(int) bool { return true }
	lowerPath := strings.ToLower(f.Path)
	base := path.Base(lowerPath)
	yaml := f.Lang == "yml" || f.Lang == "yaml"
	switch {
	case base == "vercel.json", base == "fly.toml", base == "render.yaml", base == "render.yml":
		return all
	case base == "netlify.toml":
		return netlifyProduction(src)
	case strings.HasPrefix(lowerPath, ".github/workflows/") && yaml:
		if workflowProduction(base, src) {
			return all
		}
		return nil
	case strings.HasPrefix(base, "dockerfile") || strings.HasSuffix(base, ".dockerfile") ||
		(yaml && strings.Contains(base, "compose")):
		if hasProdWord(base) {
			return all
		}
		return nil
	case yaml && hasProdWord(lowerPath) && isKubernetesPath(lowerPath, base):
		return all
	}
	return nil
}

// hasProdWord reports whether a path has "prod", "production" or "prd" as
// one of its words (split at / . - _).
func hasProdWord(p string) bool {
	for _, w := range strings.FieldsFunc(p, func(r rune) bool { return r == '/' || r == '.' || r == '-' || r == '_' }) {
		if w == "prod" || w == "production" || w == "prd" {
			return true
		}
	}
	return false
}

// kubernetesDirs are directory names Kubernetes manifests and Helm charts
// are kept in.
var kubernetesDirs = map[string]bool{
	"k8s": true, "kubernetes": true, "helm": true, "charts": true, "chart": true, "deploy": true,
	"deployment": true, "deployments": true, "manifests": true, "overlays": true, "kustomize": true,
}

func isKubernetesPath(p, base string) bool {
	if strings.HasPrefix(base, "values") {
		return true
	}
	for _, d := range strings.Split(path.Dir(p), "/") {
		if kubernetesDirs[d] {
			return true
		}
	}
	return false
}

// netlifyProduction marks the lines of [context.production] tables (and
// their sub-tables such as [context.production.environment]).
func netlifyProduction(src []byte) func(line int) bool {
	var prod []bool // by line, 1-based
	in := false
	prod = append(prod, false)
	for _, l := range bytes.Split(src, []byte("\n")) {
		t := strings.TrimSpace(string(l))
		if strings.HasPrefix(t, "[") {
			name := strings.Trim(t, "[] \t")
			name = strings.ReplaceAll(name, `"`, "")
			in = name == "context.production" || strings.HasPrefix(name, "context.production.")
		}
		prod = append(prod, in)
	}
	return func(line int) bool { return line < len(prod) && prod[line] }
}

// workflowEnv finds a job's environment, `environment: production` or
// `environment:\n  name: production`.
var workflowEnv = lazyregexp.New(`(?m)^\s*(?:environment|name)\s*:\s*['"]?([A-Za-z0-9_-]+)['"]?\s*$`)

// workflowProduction reports whether a workflow deploys only to production:
// its file name says so, or its jobs' environments are all production. A
// workflow that also deploys previews or staging is not judged as a whole.
func workflowProduction(base string, src []byte) bool {
	prod, other := hasProdWord(base), false
	lines := bytes.Split(src, []byte("\n"))
	for i, l := range lines {
		t := strings.TrimSpace(string(l))
		var env string
		switch {
		case strings.HasPrefix(t, "environment:"):
			env = strings.Trim(strings.TrimSpace(strings.TrimPrefix(t, "environment:")), `'"`)
			if env == "" && i+1 < len(lines) {
				if m := workflowEnv.FindStringSubmatch(string(lines[i+1])); m != nil && strings.HasPrefix(strings.TrimSpace(string(lines[i+1])), "name") {
					env = m[1]
				}
			}
		default:
			continue
		}
		switch strings.ToLower(env) {
		case "":
		case "prod", "production", "prd", "live":
			prod = true
		default:
			other = true
		}
	}
	return prod && !other
}
