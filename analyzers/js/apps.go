package js

import (
	"encoding/json"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/internal/lazyregexp"
	"github.com/clerklint/clerklint/internal/regular"
)

// App is one package of the project: every package.json outside node_modules,
// build output and gitignored folders (a monorepo has one per apps/* and
// packages/* workspace, plus the root).
type App struct {
	Dir  string // slash path relative to the scan root, "" for the root
	Name string // package.json "name"
	// Framework is the application framework the dependencies name, or "" for
	// a library/tooling package (see frameworkOrder).
	Framework string
	// Deps maps every dependency (dependencies, devDependencies,
	// peerDependencies, optionalDependencies) to its version range.
	Deps map[string]string
	// Clerk lists the Clerk SDK packages the app depends on, sorted.
	Clerk []SDK
	// Workspaces are the package.json "workspaces" globs (root packages).
	Workspaces []string

	entry map[string]string // subpath ("." or "./x") → target, from exports/main/module/types
}

// SDK is a Clerk package dependency with the major version its range allows.
type SDK struct {
	Package string
	Range   string
	// Major is the lowest major version the range admits; 0 when unknown
	// ("latest", "workspace:*", "*", git or file specs, "catalog:").
	Major int
}

// Frameworks an App can have, most specific first: a Next.js app also depends
// on react, a SvelteKit one on vite.
var frameworkOrder = []struct{ name, dep string }{
	{"next", "next"},
	{"remix", "@remix-run/react"},
	{"remix", "@remix-run/node"},
	{"react-router", "@react-router/dev"},
	{"sveltekit", "@sveltejs/kit"},
	{"astro", "astro"},
	{"nuxt", "nuxt"},
	{"expo", "expo"},
	{"gatsby", "gatsby"},
	{"cra", "react-scripts"},
	{"vite", "vite"},
	{"express", "express"},
	{"fastify", "fastify"},
	{"hono", "hono"},
	{"koa", "koa"},
}

// SPA reports whether the app is a client-only single-page app: everything it
// builds ships to the browser.
func (a *App) SPA() bool { return a.Framework == "vite" || a.Framework == "cra" }

// Has reports whether the app depends on pkg.
func (a *App) Has(pkg string) bool {
	_, ok := a.Deps[pkg]
	return ok
}

// SDK returns the app's dependency on a Clerk package.
func (a *App) SDK(pkg string) (SDK, bool) {
	for _, s := range a.Clerk {
		if s.Package == pkg {
			return s, true
		}
	}
	return SDK{}, false
}

// Contains reports whether a project path lies inside the app's directory.
func (a *App) Contains(p string) bool {
	return a.Dir == "" || strings.HasPrefix(p, a.Dir) && (len(p) == len(a.Dir) || p[len(a.Dir)] == '/')
}

// Rel is p relative to the app directory.
func (a *App) Rel(p string) string {
	if a.Dir == "" {
		return p
	}
	return strings.TrimPrefix(p, a.Dir+"/")
}

type packageJSON struct {
	Name                 string            `json:"name"`
	Main                 string            `json:"main"`
	Module               string            `json:"module"`
	Types                string            `json:"types"`
	Source               string            `json:"source"`
	Exports              json.RawMessage   `json:"exports"`
	Dependencies         map[string]string `json:"dependencies"`
	DevDependencies      map[string]string `json:"devDependencies"`
	PeerDependencies     map[string]string `json:"peerDependencies"`
	OptionalDependencies map[string]string `json:"optionalDependencies"`
	Workspaces           json.RawMessage   `json:"workspaces"`
}

// maxManifestSize bounds package.json and tsconfig reads.
const maxManifestSize = 1 << 20

// loadApp reads one package.json; nil when it is unreadable or not JSON.
func loadApp(f *scan.File) *App {
	if f.Size > maxManifestSize {
		return nil
	}
	data, err := regular.Read(f.Abs, maxManifestSize)
	if err != nil {
		return nil
	}
	var pj packageJSON
	if err := unmarshalJSONC(data, &pj); err != nil {
		return nil
	}
	dir := path.Dir(f.Path)
	if dir == "." {
		dir = ""
	}
	a := &App{Dir: dir, Name: pj.Name, Deps: map[string]string{}, entry: map[string]string{}}
	for _, m := range []map[string]string{pj.OptionalDependencies, pj.PeerDependencies, pj.DevDependencies, pj.Dependencies} {
		for k, v := range m {
			a.Deps[k] = v // later maps win: dependencies over devDependencies
		}
	}
	for _, fw := range frameworkOrder {
		if a.Has(fw.dep) {
			a.Framework = fw.name
			break
		}
	}
	for name, rng := range a.Deps {
		if IsClerkPackage(name) {
			a.Clerk = append(a.Clerk, SDK{Package: name, Range: rng, Major: MajorOf(rng)})
		}
	}
	sort.Slice(a.Clerk, func(i, j int) bool { return a.Clerk[i].Package < a.Clerk[j].Package })
	a.Workspaces = workspaceGlobs(pj.Workspaces)
	a.entry = entryPoints(pj)
	return a
}

// IsClerkPackage reports whether a package name, or an import specifier
// (with a subpath: @clerk/nextjs/server, svelte-clerk/server), names one of
// Clerk's SDKs (@clerk/*) or a community one built on them (svelte-clerk,
// clerk-sveltekit, vue-clerk, @hono/clerk-auth). It is the one list: the
// app's Clerk dependencies, the modules CLK501 takes a client from and the
// imports that make a webhook receiver Clerk's all read it.
func IsClerkPackage(spec string) bool {
	if strings.HasPrefix(spec, "@clerk/") {
		return true
	}
	name, slash := spec, strings.IndexByte(spec, '/')
	if strings.HasPrefix(spec, "@") && slash >= 0 {
		if next := strings.IndexByte(spec[slash+1:], '/'); next >= 0 {
			name = spec[:slash+1+next]
		}
	} else if slash >= 0 {
		name = spec[:slash]
	}
	switch name {
	case "svelte-clerk", "clerk-sveltekit", "vue-clerk", "@hono/clerk-auth":
		return true
	}
	return false
}

func workspaceGlobs(raw json.RawMessage) []string {
	if len(raw) == 0 {
		return nil
	}
	var list []string
	if json.Unmarshal(raw, &list) == nil {
		return list
	}
	var obj struct {
		Packages []string `json:"packages"`
	}
	if json.Unmarshal(raw, &obj) == nil {
		return obj.Packages
	}
	return nil
}

// entryPoints maps package subpaths to files for workspace imports: the
// "exports" map (string, or conditions import/require/default/types), then
// source/module/main/types for ".".
func entryPoints(pj packageJSON) map[string]string {
	out := map[string]string{}
	if len(pj.Exports) > 0 {
		var s string
		if json.Unmarshal(pj.Exports, &s) == nil {
			out["."] = s
		}
		var m map[string]json.RawMessage
		if json.Unmarshal(pj.Exports, &m) == nil {
			conditions := true
			for k := range m {
				if strings.HasPrefix(k, ".") {
					conditions = false
				}
			}
			if conditions {
				if t := exportTarget(pj.Exports); t != "" {
					out["."] = t
				}
			} else {
				for k, v := range m {
					if t := exportTarget(v); t != "" {
						out[k] = t
					}
				}
			}
		}
	}
	if out["."] == "" {
		for _, c := range []string{pj.Source, pj.Module, pj.Main, pj.Types} {
			if c != "" {
				out["."] = c
				break
			}
		}
	}
	return out
}

func exportTarget(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) != nil {
		return ""
	}
	// Source-like conditions first: types often point at .d.ts, which holds no code.
	for _, k := range []string{"source", "import", "module", "default", "require", "node", "types"} {
		if v, ok := m[k]; ok {
			if t := exportTarget(v); t != "" {
				return t
			}
		}
	}
	return ""
}

var majorRe = lazyregexp.New(`(?:^|[^0-9.])v?([0-9]+)(?:\.[0-9x*]+){0,2}`)

// MajorOf returns the lowest major version a semver range admits: "^6.12.0"
// → 6, "~5.7" → 5, ">=5.0.0 <7" → 5, "5.x" → 5, "npm:@clerk/nextjs@^6" → 6,
// "^5 || ^6" → 5. Ranges that pin nothing ("latest", "*", "workspace:*",
// "catalog:", git URLs, file: and link: paths, dist-tags) give 0.
func MajorOf(rng string) int {
	r := strings.TrimSpace(rng)
	if i := strings.LastIndex(r, "@"); strings.HasPrefix(r, "npm:") && i > 0 {
		r = r[i+1:]
	}
	for _, p := range []string{"workspace:", "catalog:", "file:", "link:", "git", "http:", "https:", "github:", "portal:", "patch:"} {
		if strings.HasPrefix(r, p) {
			if p == "workspace:" {
				r = strings.TrimPrefix(r, p)
				if r == "*" || r == "^" || r == "~" {
					return 0
				}
				break
			}
			return 0
		}
	}
	lowest := 0
	for _, alt := range strings.Split(r, "||") {
		alt = strings.TrimSpace(alt)
		m := majorRe.FindStringSubmatch(alt)
		if m == nil {
			return 0 // a dist-tag such as "latest" or "canary" in any alternative
		}
		if strings.HasPrefix(alt, "<") {
			return 0 // "<7" alone admits every earlier major
		}
		n, err := strconv.Atoi(m[1])
		if err != nil {
			return 0
		}
		if lowest == 0 || n < lowest {
			lowest = n
		}
	}
	return lowest
}
