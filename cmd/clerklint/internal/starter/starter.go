// Package starter writes what `clerklint init` gives a new project: a
// .clerklint.yml whose comments fit the stacks found in the tree, and the
// pre-commit and GitHub workflow snippets that run clerklint on it.
//
// Detection reads manifests only (package.json, go.mod, requirements*.txt,
// pyproject.toml) and the Next.js middleware; it never parses source. Its
// results are suggestions in comments, so a cheap guess is good enough.
package starter

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"

	"github.com/clerklint/clerklint/internal/regular"
)

// Stack kinds, in the order they are listed.
const (
	NextJS    = "Next.js"
	React     = "React"
	Express   = "Express"
	SvelteKit = "SvelteKit"
	Go        = "Go"
	FastAPI   = "FastAPI"
)

// Stack is one framework found in one directory of the project.
type Stack struct {
	Kind string
	// Dir is slash-separated and relative to the project root ("." for the root).
	Dir string
	// Clerk names the Clerk SDK the manifest depends on ("" when none).
	Clerk string
	// Matchers are the createRouteMatcher lists of a Next.js middleware.ts or
	// proxy.ts, for the config's comments.
	Matchers []Matcher
}

// Matcher is one `const name = createRouteMatcher([...])` of a middleware file.
type Matcher struct {
	File     string // slash path relative to the project root
	Name     string // the variable it is assigned to ("" when none)
	Patterns []string
}

// maxDepth bounds the manifest search: the root, and two levels below for
// monorepos (apps/web/package.json).
const maxDepth = 2

// skipDir names directories never searched for manifests.
func skipDir(name string) bool {
	switch name {
	case "node_modules", "vendor", "testdata", "dist", "build", "out", "target", "__pycache__":
		return true
	}
	return strings.HasPrefix(name, ".")
}

// Detect lists the stacks under root, ordered by directory, then kind.
func Detect(root string) ([]Stack, error) {
	var stacks []Stack
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			return nil // an unreadable subdirectory only hides a suggestion
		}
		if !d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		if p != root && (skipDir(d.Name()) || strings.Count(rel, "/") >= maxDepth) {
			return filepath.SkipDir
		}
		stacks = append(stacks, detectDir(p, rel)...)
		return nil
	})
	return stacks, err
}

// readSmall reads a file of the project as every clerklint reader does: a
// regular file (no link, no FIFO, no device) under a size cap, so a hostile
// tree cannot make init hang or exhaust memory.
func readSmall(path string) ([]byte, error) { return regular.Read(path, 4<<20) }

// detectDir reads the manifests of one directory.
func detectDir(dir, rel string) []Stack {
	var out []Stack
	if data, err := readSmall(filepath.Join(dir, "package.json")); err == nil {
		out = append(out, nodeStacks(dir, rel, data)...)
	}
	if data, err := readSmall(filepath.Join(dir, "go.mod")); err == nil {
		s := Stack{Kind: Go, Dir: rel}
		if bytes.Contains(data, []byte("github.com/clerk/clerk-sdk-go")) {
			s.Clerk = "clerk-sdk-go"
		}
		out = append(out, s)
	}
	if py := pythonManifests(dir); bytes.Contains(bytes.ToLower(py), []byte("fastapi")) {
		s := Stack{Kind: FastAPI, Dir: rel}
		for _, sdk := range []string{"fastapi-clerk-auth", "clerk-backend-api"} {
			if bytes.Contains(bytes.ToLower(py), []byte(sdk)) {
				s.Clerk = sdk
				break
			}
		}
		out = append(out, s)
	}
	return out
}

func pythonManifests(dir string) []byte {
	var all []byte
	names, _ := filepath.Glob(filepath.Join(dir, "requirements*.txt"))
	names = append(names, filepath.Join(dir, "pyproject.toml"), filepath.Join(dir, "Pipfile"))
	for _, n := range names {
		if data, err := readSmall(n); err == nil {
			all = append(append(all, data...), '\n')
		}
	}
	return all
}

// nodeStacks reads a package.json: frameworks from its dependencies, the
// Clerk SDK each one would use.
func nodeStacks(dir, rel string, data []byte) []Stack {
	var pkg struct {
		Dependencies    map[string]string `json:"dependencies"`
		DevDependencies map[string]string `json:"devDependencies"`
	}
	if json.Unmarshal(data, &pkg) != nil {
		return nil // a broken manifest: the scan itself will say more
	}
	has := func(name string) bool {
		_, a := pkg.Dependencies[name]
		_, b := pkg.DevDependencies[name]
		return a || b
	}
	clerk := func(sdks ...string) string {
		for _, s := range sdks {
			if has(s) {
				return s
			}
		}
		return ""
	}
	var out []Stack
	switch {
	case has("next"):
		s := Stack{Kind: NextJS, Dir: rel, Clerk: clerk("@clerk/nextjs")}
		s.Matchers = middlewareMatchers(dir, rel)
		out = append(out, s)
	case has("@sveltejs/kit"):
		out = append(out, Stack{Kind: SvelteKit, Dir: rel, Clerk: clerk("svelte-clerk", "clerk-sveltekit", "@clerk/backend")})
	case has("react"):
		out = append(out, Stack{Kind: React, Dir: rel, Clerk: clerk("@clerk/react", "@clerk/clerk-react", "@clerk/react-router")})
	}
	if has("express") {
		out = append(out, Stack{Kind: Express, Dir: rel, Clerk: clerk("@clerk/express", "@clerk/clerk-sdk-node", "@clerk/backend")})
	}
	return out
}

// middlewareMatchers reads the middleware files Next.js would run (root or
// src/, middleware or proxy).
func middlewareMatchers(dir, rel string) []Matcher {
	var out []Matcher
	for _, sub := range []string{"", "src"} {
		for _, base := range []string{"middleware", "proxy"} {
			for _, ext := range []string{".ts", ".js", ".mts", ".mjs"} {
				name := filepath.Join(dir, sub, base+ext)
				data, err := readSmall(name)
				if err != nil {
					continue
				}
				file := filepath.ToSlash(filepath.Join(rel, sub, base+ext))
				for _, m := range RouteMatchers(data) {
					m.File = file
					out = append(out, m)
				}
			}
		}
	}
	return out
}

// RouteMatchers extracts the string literals of every
// `createRouteMatcher([...])` in src, byte by byte: a list built from
// variables or spread elements yields only its literals. It is good enough for
// a comment and never an error.
func RouteMatchers(src []byte) []Matcher {
	const call = "createRouteMatcher("
	var out []Matcher
	for i := 0; ; {
		j := bytes.Index(src[i:], []byte(call))
		if j < 0 {
			return out
		}
		start := i + j
		i = start + len(call)
		rest := bytes.TrimLeft(src[i:], " \t\r\n")
		if len(rest) == 0 || rest[0] != '[' {
			continue // createRouteMatcher(fn) or an import: no list
		}
		m := Matcher{Name: assignedName(src[:start])}
		k := len(src) - len(rest) + 1
		for k < len(src) && src[k] != ']' {
			switch c := src[k]; c {
			case '\'', '"', '`':
				end := bytes.IndexByte(src[k+1:], c)
				if end < 0 {
					return append(out, m)
				}
				// A pattern goes into a YAML comment line: one with a
				// line break (a template literal) is left out.
				if lit := src[k+1 : k+1+end]; !bytes.ContainsAny(lit, "\r\n") {
					m.Patterns = append(m.Patterns, string(lit))
				}
				k += end + 2
			default:
				k++
			}
		}
		i = k
		out = append(out, m)
	}
}

// assignedName returns NAME when before ends with `const NAME =` (or let/var),
// else "".
func assignedName(before []byte) string {
	s := strings.TrimRight(string(before), " \t\r\n")
	if !strings.HasSuffix(s, "=") {
		return ""
	}
	s = strings.TrimRight(s[:len(s)-1], " \t")
	end := len(s)
	for end > 0 && isIdent(s[end-1]) {
		end--
	}
	return s[end:]
}

func isIdent(c byte) bool {
	return c == '_' || c == '$' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// Kinds returns the distinct stack kinds, in the order of the constants.
func Kinds(stacks []Stack) []string {
	order := []string{NextJS, React, Express, SvelteKit, Go, FastAPI}
	var out []string
	for _, k := range order {
		if slices.ContainsFunc(stacks, func(s Stack) bool { return s.Kind == k }) {
			out = append(out, k)
		}
	}
	return out
}

// Describe is a one-line summary such as "Next.js (apps/web, @clerk/nextjs), Go".
func Describe(stacks []Stack) string {
	if len(stacks) == 0 {
		return "no known stack"
	}
	var parts []string
	for _, s := range stacks {
		var extra []string
		if s.Dir != "." {
			extra = append(extra, s.Dir)
		}
		if s.Clerk != "" {
			extra = append(extra, s.Clerk)
		}
		if len(extra) > 0 {
			parts = append(parts, fmt.Sprintf("%s (%s)", s.Kind, strings.Join(extra, ", ")))
		} else {
			parts = append(parts, s.Kind)
		}
	}
	return strings.Join(parts, ", ")
}

// Config renders the starter .clerklint.yml. Every key it sets holds the
// default, so the file changes nothing until edited; the comments say what
// each key does and carry what Detect found.
func Config(stacks []Stack) string {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w("# clerklint configuration, written by `clerklint init`.\n")
	w("# Found: %s.\n", Describe(stacks))
	w("# Reference: https://github.com/clerklint/clerklint#configuration-clerklintyml\n")
	w("# Keys are checked strictly: a typo is an error naming this file and line.\n\n")

	w("# Exit 1 on findings at or above this severity: error | warning | info | never.\n")
	w("fail-on: warning\n\n")

	w("# Rule ids not to run, e.g. [CLK009]; or enable: [...] to run only those.\n")
	w("disable: []\n\n")

	w("# Paths never read: doublestar globs relative to this directory, e.g.\n")
	w("# [\"test/fixtures/**\"]. Built client bundles (.next/static, dist/assets)\n")
	w("# are read on purpose: a secret there is CLK002.\n")
	w("exclude: []\n\n")

	w("# Directories never entered, on top of node_modules, .git, vendor, virtualenvs\n")
	w("# and caches.\n")
	w("# skip-dirs: [\"**/generated\"]\n\n")

	w("# Re-level or narrow one rule:\n")
	w("# rules:\n#   CLK005:\n#     severity: info\n#     exclude: [\"examples/**\"]\n\n")

	writeRoutes(&b, stacks)

	w("# Routes that need a role or permission check (CLK201); setting this\n")
	w("# replaces the defaults.\n")
	w("# privileged-routes: [\"/admin/**\", \"/internal/**\"]\n")
	if slices.Contains(Kinds(stacks), Go) {
		w("\n# Longest acceptable Clerk JWT template lifetime (CLK603, Go).\n")
		w("# max-token-lifetime: 168h\n")
	}
	w("\n# true: also report every non-Clerk credential (gitleaks' default rules).\n")
	w("# all-secrets: false\n")
	return b.String()
}

// writeRoutes writes public-routes, with the middleware's matcher lists as
// commented suggestions: createRouteMatcher takes path-to-regexp patterns and
// public-routes takes globs, so a simple '/x(.*)' is offered as "/x/**" and
// anything else is quoted for the user to translate.
func writeRoutes(b *strings.Builder, stacks []Stack) {
	fmt.Fprintf(b, "# URL paths that need no Clerk session (CLK101), added to the built-in\n")
	fmt.Fprintf(b, "# /, /health*, /ready*, /livez, /metrics, /static/**, /assets/**.\n")
	var public, other []Matcher
	for _, s := range stacks {
		for _, m := range s.Matchers {
			if m.Name == "" || strings.Contains(strings.ToLower(m.Name), "public") {
				public = append(public, m)
			} else {
				other = append(other, m)
			}
		}
	}
	if len(public) == 0 {
		fmt.Fprintf(b, "public-routes: []\n")
	} else {
		fmt.Fprintf(b, "# Suggestions from your middleware (uncomment the routes meant to be public):\n")
		fmt.Fprintf(b, "public-routes:\n")
		for _, m := range public {
			for _, p := range m.Patterns {
				if g := globFor(p); g != "" {
					fmt.Fprintf(b, "#  - %q   # %s %s: '%s'\n", g, m.File, m.Name, p)
				} else {
					fmt.Fprintf(b, "#  - ?   # %s %s: '%s' (no simple glob; translate by hand)\n", m.File, m.Name, p)
				}
			}
		}
	}
	for _, m := range other {
		fmt.Fprintf(b, "# %s %s = createRouteMatcher([%s])\n", m.File, m.Name, quoteAll(m.Patterns))
	}
	fmt.Fprintf(b, "\n")
}

func quoteAll(ps []string) string {
	q := make([]string, len(ps))
	for i, p := range ps {
		q[i] = "'" + p + "'"
	}
	return strings.Join(q, ", ")
}

// globFor turns the common createRouteMatcher shapes into a glob: "/x" stays,
// "/x(.*)" and "/x/(.*)" become "/x/**", "/(.*)" becomes "/**". Anything with
// parameters or other regex syntax gives "".
func globFor(p string) string {
	base, wild := strings.CutSuffix(p, "(.*)")
	if !strings.HasPrefix(base, "/") {
		return ""
	}
	for i := 0; i < len(base); i++ {
		c := base[i]
		if !(isIdent(c) && c != '$' || strings.IndexByte("/-._~", c) >= 0) {
			return ""
		}
	}
	if !wild {
		return base
	}
	return strings.TrimSuffix(base, "/") + "/**"
}

// PreCommit is the .pre-commit-config.yaml entry for clerklint at rev (a
// release tag or a commit SHA).
func PreCommit(rev string) string {
	return `# .pre-commit-config.yaml
repos:
  - repo: https://github.com/clerklint/clerklint
    rev: ` + rev + `
    hooks:
      - id: clerklint          # builds clerklint with your Go toolchain (Go 1.26, a C compiler)
      # - id: clerklint-system # or runs a clerklint binary already on PATH
`
}

// Workflow is a GitHub Actions workflow running clerklint's action at ref and
// uploading its SARIF to code scanning.
func Workflow(ref string, stacks []Stack) string {
	var b strings.Builder
	b.WriteString(`# .github/workflows/clerklint.yml
name: clerklint
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
  security-events: write   # upload to code scanning
jobs:
  clerklint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
`)
	if slices.Contains(Kinds(stacks), Go) {
		b.WriteString("      # The Go rules load your modules: their dependencies are downloaded.\n")
	}
	b.WriteString(`      - uses: clerklint/clerklint@` + ref + `
        with:
          fail-on: error
`)
	return b.String()
}
