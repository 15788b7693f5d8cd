package godriver

import (
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/golang/gopasses"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/internal/regular"
	"github.com/clerklint/clerklint/rules"
)

// EngineName is the `engines:` name of the Go rules in rules/*.yaml.
const EngineName = "go"

// Engine is the go engine of the scan: the Go passes run once per scan, after
// the file walk, over the modules of the walked go.mod files (scan.Engine's
// Project hook). Its findings go through the scan's selection, excludes,
// files-mode filter and inline directives like every engine's.
func Engine() scan.Engine {
	return scan.Engine{Name: EngineName, IDs: gopasses.IDs(), Project: project}
}

// project is the go engine's scan hook.
func project(in scan.ProjectInput) (*scan.ProjectOutput, error) {
	if in.Options.NoGo || len(in.Rules) == 0 {
		return nil, nil // --no-go, or every Go rule deselected: do not pay for loading
	}
	mods := ProjectModules(in.Project)
	if len(mods) == 0 {
		return nil, nil
	}
	s, err := Settings(in.Set, in.Options)
	if err != nil {
		return nil, err
	}
	dirs := make([]string, len(mods))
	for i, m := range mods {
		dirs[i] = m.Dir
	}
	res, err := Run(in.Project.Root, Options{Settings: s, Rules: in.Set, Modules: dirs, Context: in.Options.Context, LoadTimeout: in.Options.GoTimeout})
	if err != nil {
		return nil, err
	}
	return &scan.ProjectOutput{Findings: res.Findings, Errors: res.Errors, Endpoints: res.Endpoints}, nil
}

// Settings builds the Go passes' settings for a scan: the defaults from the
// params of the selected rule set (--rules and config overrides included),
// the config's public-routes, privileged-routes and max-token-lifetime on
// top (gorules.FromRules, the one function the three drivers share).
func Settings(set *rules.Set, opts scan.Options) (gorules.Settings, error) {
	var s gorules.Settings
	for _, g := range opts.PublicRoutes {
		s.PublicRoutes = append(s.PublicRoutes, g.String())
	}
	for _, g := range opts.PrivilegedRoutes {
		s.PrivilegedRoutes = append(s.PrivilegedRoutes, g.String())
	}
	s.MaxTokenLifetime = opts.MaxTokenLifetime
	return gorules.FromRules(set, s)
}

// ProjectModules returns the modules of the project's walked go.mod files,
// sorted by directory. The walk already left out skip-dirs, excludes and
// scan.DefaultSkipDirs; here a go.mod that is gitignored and untracked is left
// out (it cannot be committed), as are modules below directories the go
// command skips for "./..." (testdata, names starting with "." or "_"),
// except at the root: `clerklint scan testdata/gomod/seeded` analyses that
// fixture while a scan of the repository around it does not.
//
// When files were named (pre-commit: some files are not reported), only the
// modules holding a named .go file are analysed, and none when no .go file
// was named.
func ProjectModules(p *scan.Project) []Module {
	var mods []Module
	filesMode := false
	for _, f := range p.Files {
		filesMode = filesMode || !f.Report
		if f.Base() != "go.mod" || !f.Committable() {
			continue
		}
		dir := path.Dir(f.Path)
		if dir != "." && skippedByGo(dir) {
			continue
		}
		m := Module{Dir: dir}
		if data, err := regular.Read(f.Abs, maxGoModSize); err == nil {
			m.Path = modfile.ModulePath(data)
		}
		mods = append(mods, m)
	}
	slices.SortFunc(mods, func(a, b Module) int { return strings.Compare(a.Dir, b.Dir) })
	if !filesMode {
		return mods
	}
	named := map[string]bool{}
	for _, f := range p.Files {
		if f.Report && f.Lang == "go" {
			if m := enclosing(mods, f.Path); m != "" {
				named[m] = true
			}
		}
	}
	return slices.DeleteFunc(mods, func(m Module) bool { return !named[m.Dir] })
}

// skippedByGo reports whether a directory below the root holds a component
// the go command skips for "./...".
func skippedByGo(dir string) bool {
	for _, name := range strings.Split(dir, "/") {
		if name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
			return true
		}
	}
	return false
}

// enclosing returns the directory of the innermost module holding file, or "".
func enclosing(mods []Module, file string) string {
	best := ""
	for _, m := range mods {
		if (m.Dir == "." || strings.HasPrefix(file, m.Dir+"/")) && len(m.Dir) >= len(best) {
			best = m.Dir
		}
	}
	return best
}

// endpointLister is a pass result that lists the endpoints it found, with
// absolute file positions (the Go route model; see passEndpoints).
type endpointLister interface {
	EndpointList() []endpoint.Endpoint
}

// passEndpoints returns the endpoints a pass result lists. This is the one
// place a Go producer connects to the scan's endpoint inventory: the route
// model (gomodel.Result) lists its routes by implementing endpointLister
// (`func (r *Result) EndpointList() []endpoint.Endpoint { return r.Endpoints }`).
func passEndpoints(result any) []endpoint.Endpoint {
	if l, ok := result.(endpointLister); ok {
		return l.EndpointList()
	}
	return nil
}

// endpointProducers returns the passes required (directly or not) by the
// given ones whose result lists endpoints, that are not among them.
func endpointProducers(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	lister := reflect.TypeFor[endpointLister]()
	seen := map[*analysis.Analyzer]bool{}
	for _, a := range analyzers {
		seen[a] = true
	}
	var out []*analysis.Analyzer
	var visit func(as []*analysis.Analyzer)
	visit = func(as []*analysis.Analyzer) {
		for _, a := range as {
			for _, req := range a.Requires {
				if seen[req] {
					continue
				}
				seen[req] = true
				if req.ResultType != nil && req.ResultType.Implements(lister) {
					out = append(out, req)
				}
				visit([]*analysis.Analyzer{req})
			}
		}
	}
	visit(analyzers)
	return out
}

// relEndpoint rewrites every position of an endpoint relative to root.
func relEndpoint(root string, e endpoint.Endpoint) endpoint.Endpoint {
	return e.WithFiles(func(file string) string {
		if filepath.IsAbs(filepath.FromSlash(file)) {
			return relSlash(root, filepath.FromSlash(file))
		}
		return file
	})
}
