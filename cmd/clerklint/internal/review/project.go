package review

import (
	"encoding/json"
	"fmt"
	"path"
	"slices"
	"sort"
	"strings"

	"golang.org/x/mod/modfile"
	"gopkg.in/yaml.v3"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/keys"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/internal/lazyregexp"
	"github.com/clerklint/clerklint/internal/regular"
	"github.com/clerklint/clerklint/rules"
)

// Project is the review's summary of what the app is built on.
type Project struct {
	Name string `json:"name"`
	// Stacks are the frameworks found (display names).
	Stacks []string `json:"stacks"`
	SDKs   []SDK    `json:"sdks"`
	// Instances are the Clerk instances the publishable keys name.
	Instances []Instance `json:"instances"`
	// KeyPlaces are the env files that set Clerk variables.
	KeyPlaces []KeyPlace `json:"keyPlaces"`
}

// SDK is a Clerk package a manifest depends on.
type SDK struct {
	Package  string `json:"package"`
	Version  string `json:"version"`
	Manifest string `json:"manifest"`
	// Generation is the SDK's API generation as far as the version tells.
	Generation string `json:"generation,omitempty"`
}

// Instance is one Clerk instance, decoded from publishable keys.
type Instance struct {
	// Environment is "development" (pk_test_) or "production" (pk_live_).
	Environment string `json:"environment"`
	// Host is the Frontend API host the key encodes.
	Host  string   `json:"host"`
	Where []string `json:"where"`
}

// KeyPlace is an env file with the Clerk variables it sets (names only).
type KeyPlace struct {
	File string `json:"file"`
	// Git is "committed", "gitignored", "not ignored" or "" without git.
	Git       string   `json:"git"`
	Variables []string `json:"variables"`
}

// maxManifest bounds a manifest or a file searched for keys.
const maxManifest = 1 << 20

func buildProject(in Input, red func(string) string) Project {
	pr := Project{Stacks: []string{}, SDKs: []SDK{}, Instances: []Instance{}, KeyPlaces: []KeyPlace{}}
	for _, f := range rules.Frameworks() {
		if in.Stacks[f.Key] {
			pr.Stacks = append(pr.Stacks, f.Name)
		}
	}
	if in.Result == nil || in.Result.Project == nil {
		return pr
	}
	p := in.Result.Project
	pr.Name = red(path.Base(p.Root))
	cats := pnpmCatalogs(p.Files)
	for _, f := range p.Files {
		if f.Ignored && !f.Tracked {
			continue
		}
		for _, sdk := range manifestSDKs(f) {
			if v := cats.resolve(f.Path, sdk.Package, sdk.Version); v != "" {
				sdk.Version += " (" + v + ")"
				sdk.Generation = npmGeneration(sdk.Package, v)
			}
			pr.SDKs = append(pr.SDKs, sdk)
		}
	}
	for i := range pr.SDKs {
		pr.SDKs[i].Version, pr.SDKs[i].Manifest = red(pr.SDKs[i].Version), red(pr.SDKs[i].Manifest)
	}
	pr.Instances = instances(p, red)
	for _, ef := range p.Env {
		var names []string
		for _, v := range ef.Vars {
			if strings.Contains(strings.ToUpper(v.Name), "CLERK") && !slices.Contains(names, v.Name) {
				names = append(names, red(v.Name))
			}
		}
		if len(names) == 0 {
			continue
		}
		kp := KeyPlace{File: red(ef.File.Path), Variables: names}
		switch {
		case ef.File.Tracked:
			kp.Git = "committed"
		case ef.File.Ignored:
			kp.Git = "gitignored"
		case p.Git:
			kp.Git = "not ignored"
		default:
			kp.Git = "no git repository"
		}
		pr.KeyPlaces = append(pr.KeyPlaces, kp)
	}
	return pr
}

// clerkNPM reports a Clerk package name on npm.
func clerkNPM(name string) bool {
	return strings.HasPrefix(name, "@clerk/") || name == "svelte-clerk" || name == "clerk-sveltekit" || name == "vue-clerk"
}

var pythonClerk = lazyregexp.New(`(?im)^\s*["']?(clerk-backend-api|fastapi-clerk-auth|clerk-sdk-python|django-clerk)\s*(\[[^\]]*\])?\s*([<>=~!]=?\s*[0-9][0-9A-Za-z.*]*)?`)

// manifestSDKs lists the Clerk packages one manifest depends on.
func manifestSDKs(f *scan.File) []SDK {
	base := f.Base()
	isPython := base == "pyproject.toml" || base == "Pipfile" || (strings.HasPrefix(base, "requirements") && strings.HasSuffix(base, ".txt"))
	if base != "package.json" && base != "go.mod" && !isPython {
		return nil
	}
	data, err := regular.Read(f.Abs, maxManifest)
	if err != nil {
		return nil
	}
	var out []SDK
	switch {
	case base == "package.json":
		var pj map[string]json.RawMessage
		if json.Unmarshal(data, &pj) != nil {
			return nil
		}
		deps := map[string]string{}
		for _, k := range []string{"dependencies", "devDependencies", "peerDependencies", "optionalDependencies"} {
			var m map[string]string
			if json.Unmarshal(pj[k], &m) == nil {
				for n, v := range m {
					if _, seen := deps[n]; !seen {
						deps[n] = v
					}
				}
			}
		}
		for n, v := range deps {
			if clerkNPM(n) {
				out = append(out, SDK{Package: n, Version: v, Manifest: f.Path, Generation: npmGeneration(n, v)})
			}
		}
	case base == "go.mod":
		mf, err := modfile.ParseLax(f.Path, data, nil)
		if err != nil {
			return nil
		}
		for _, r := range mf.Require {
			if strings.HasPrefix(r.Mod.Path, "github.com/clerk/clerk-sdk-go") || strings.HasPrefix(r.Mod.Path, "github.com/clerkinc/clerk-sdk-go") {
				out = append(out, SDK{Package: r.Mod.Path, Version: r.Mod.Version, Manifest: f.Path, Generation: goGeneration(r.Mod.Path)})
			}
		}
	default:
		for _, m := range pythonClerk.FindAllSubmatch(data, -1) {
			v := strings.Join(strings.Fields(string(m[3])), "")
			if v == "" {
				v = "any"
			}
			out = append(out, SDK{Package: string(m[1]), Version: v, Manifest: f.Path})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Package < out[j].Package })
	return out
}

// npmGeneration names the API generation of a Clerk npm package's version
// range, from the version landscape in the Clerk reference (§1).
func npmGeneration(pkg, rng string) string {
	major := js.MajorOf(rng)
	if major == 0 {
		return "version not pinned: the generation depends on the lockfile"
	}
	switch pkg {
	case "@clerk/nextjs":
		switch {
		case major <= 4:
			return fmt.Sprintf("v%d: authMiddleware (protects everything by default), sync auth()", major)
		case major == 5:
			return "v5, Core 2: clerkMiddleware (public by default), sync auth()"
		case major == 6:
			return "v6, Core 2: clerkMiddleware, async auth() and clerkClient()"
		default:
			return fmt.Sprintf("v%d, Core 3: <Show> replaces <SignedIn>/<SignedOut>/<Protect>", major)
		}
	case "@clerk/clerk-react", "@clerk/clerk-expo":
		return fmt.Sprintf("v%d, Core 2 name (renamed %s in Core 3)", major, strings.Replace(pkg, "clerk-", "", 1))
	case "@clerk/react":
		if major >= 6 {
			return fmt.Sprintf("v%d, Core 3", major)
		}
	case "@clerk/clerk-sdk-node":
		return fmt.Sprintf("v%d, deprecated Node SDK (removed 2025-01; use @clerk/express or @clerk/backend)", major)
	}
	return fmt.Sprintf("v%d", major)
}

func goGeneration(mod string) string {
	if strings.HasPrefix(mod, "github.com/clerkinc/") {
		return "Go SDK v1 (legacy clerkinc module)"
	}
	if strings.HasSuffix(mod, "/v2") {
		return "Go SDK v2"
	}
	return ""
}

// catalogs are the pnpm catalogs of each pnpm-workspace.yaml, by its
// directory: "" names the default catalog (catalog:), others catalogs.<name>.
type catalogs map[string]map[string]map[string]string

// pnpmCatalogs reads the project's pnpm-workspace.yaml files.
func pnpmCatalogs(files []*scan.File) catalogs {
	out := catalogs{}
	for _, f := range files {
		if f.Base() != "pnpm-workspace.yaml" {
			continue
		}
		data, err := regular.Read(f.Abs, maxManifest)
		if err != nil {
			continue
		}
		var ws struct {
			Catalog  map[string]string            `yaml:"catalog"`
			Catalogs map[string]map[string]string `yaml:"catalogs"`
		}
		if yaml.Unmarshal(data, &ws) != nil {
			continue
		}
		named := map[string]map[string]string{"": ws.Catalog}
		for n, c := range ws.Catalogs {
			named[n] = c
		}
		out[path.Dir(f.Path)] = named
	}
	return out
}

// resolve returns the version a "catalog:" or "catalog:name" range of pkg
// in the manifest at file resolves to, from the nearest workspace above it;
// "" when rng is no catalog reference or the catalog does not list pkg.
func (c catalogs) resolve(file, pkg, rng string) string {
	name, ok := strings.CutPrefix(rng, "catalog:")
	if !ok {
		return ""
	}
	if name == "default" {
		name = ""
	}
	for dir := path.Dir(file); ; dir = path.Dir(dir) {
		if named, ok := c[dir]; ok {
			return named[name][pkg]
		}
		if dir == "." || dir == "/" {
			return ""
		}
	}
}

var pkPattern = lazyregexp.New(`pk_(?:test|live)_[A-Za-z0-9+/=]{8,}`)

// maxWhere bounds the places listed per instance.
const maxWhere = 6

// instances decodes the publishable keys in env files and in committed
// source and config files.
func instances(p *scan.Project, red func(string) string) []Instance {
	type key struct{ env, host string }
	where := map[key][]string{}
	add := func(pk string, at string) {
		k, ok := keys.ParsePublishableKey(pk)
		if !ok {
			return
		}
		kk := key{k.Instance.String(), k.Host}
		if !slices.Contains(where[kk], at) {
			where[kk] = append(where[kk], at)
		}
	}
	envFiles := map[string]bool{}
	for _, ef := range p.Env {
		envFiles[ef.File.Path] = true
		for _, v := range ef.Vars {
			add(strings.TrimSpace(v.Value), fmt.Sprintf("%s:%d (%s)", ef.File.Path, v.Line, v.Name))
		}
	}
	for _, f := range p.Files {
		if envFiles[f.Path] || (f.Kind != scan.Source && f.Kind != scan.Config) || (f.Ignored && !f.Tracked) || f.Size > maxManifest {
			continue
		}
		data, err := regular.Read(f.Abs, maxManifest)
		if err != nil {
			continue
		}
		for _, loc := range pkPattern.FindAllIndex(data, -1) {
			line := 1 + strings.Count(string(data[:loc[0]]), "\n")
			add(string(data[loc[0]:loc[1]]), fmt.Sprintf("%s:%d", f.Path, line))
		}
	}
	var out []Instance
	for k, ws := range where {
		sort.Strings(ws)
		if len(ws) > maxWhere {
			ws = append(ws[:maxWhere], fmt.Sprintf("and %d more", len(ws)-maxWhere))
		}
		for i := range ws {
			ws[i] = red(ws[i])
		}
		out = append(out, Instance{Environment: k.env, Host: red(k.host), Where: ws})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Environment != out[j].Environment {
			return out[i].Environment > out[j].Environment // production first
		}
		return out[i].Host < out[j].Host
	})
	return out
}
