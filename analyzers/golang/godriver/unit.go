package godriver

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
	"reflect"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/rules"
)

// A unit is one source package: parsed, type-checked and analysed on its own,
// after the source packages it depends on, then reduced to its types.Package
// and facts. This is go vet's unit of work (unitchecker), in one process:
// dependents see the package's types and facts, no one its syntax.
type unit struct {
	pkg *packages.Package
	// root: the package is one of "./..." (or a test variant): its diagnostics
	// and endpoints are reported. Other source packages (sibling local
	// modules) only export facts.
	root bool
	// deps are the source packages this one's types depend on, directly or
	// through dependencies read from export data.
	deps []*unit
	done chan struct{}

	types *types.Package // set once checked
	// What analysing the package produced, gathered in package order once
	// every unit is done.
	findings  []rules.Finding
	endpoints []endpoint.Endpoint
	loadErrs  []string // parse and type errors, positioned relative to the root
	failures  []string // analyzer errors (internal)
}

// newUnits makes a unit of every source package in listed (which holds
// dependencies before their importers) and links each to the source packages
// it depends on.
func newUnits(listed []*packages.Package, isRoot map[*packages.Package]bool, source func(*packages.Package) bool) []*unit {
	byPkg := map[*packages.Package]*unit{}
	var units []*unit
	for _, p := range listed {
		if source(p) {
			u := &unit{pkg: p, root: isRoot[p], done: make(chan struct{})}
			byPkg[p] = u
			units = append(units, u)
		}
	}
	// reach memoises the source packages below a package read from export data.
	reach := map[*packages.Package][]*unit{}
	var below func(p *packages.Package) []*unit
	below = func(p *packages.Package) []*unit {
		if us, ok := reach[p]; ok {
			return us
		}
		reach[p] = nil // the import graph is acyclic; this only guards bad input
		var us []*unit
		for _, imp := range p.Imports {
			if u := byPkg[imp]; u != nil {
				us = append(us, u)
			} else {
				us = append(us, below(imp)...)
			}
		}
		slices.SortFunc(us, func(a, b *unit) int { return strings.Compare(a.pkg.ID, b.pkg.ID) })
		us = slices.Compact(us)
		reach[p] = us
		return us
	}
	for _, u := range units {
		u.deps = below(u.pkg)
		reach[u.pkg] = []*unit{u} // importers of u depend on u itself
	}
	return units
}

// plan says which analyzers run where.
type plan struct {
	// order is every analyzer, each after the ones it requires.
	order []*analysis.Analyzer
	// reported are the rules: their diagnostics are findings and their
	// failures are listed.
	reported map[*analysis.Analyzer]bool
	// producers list endpoints in their results (passEndpoints).
	producers map[*analysis.Analyzer]bool
	// facts are the analyzers that run on packages analysed only for their
	// facts: those with facts and what they require.
	facts map[*analysis.Analyzer]bool
}

func newPlan(analyzers []*analysis.Analyzer) *plan {
	p := &plan{reported: map[*analysis.Analyzer]bool{}, producers: map[*analysis.Analyzer]bool{}, facts: map[*analysis.Analyzer]bool{}}
	seen := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, req := range a.Requires {
			visit(req)
		}
		p.order = append(p.order, a)
	}
	for _, a := range analyzers {
		p.reported[a] = true
		visit(a)
	}
	for _, a := range endpointProducers(analyzers) {
		p.producers[a] = true
	}
	var needed func(a *analysis.Analyzer)
	needed = func(a *analysis.Analyzer) {
		if !p.facts[a] {
			p.facts[a] = true
			for _, req := range a.Requires {
				needed(req)
			}
		}
	}
	for _, a := range p.order {
		if len(a.FactTypes) > 0 {
			needed(a)
		}
	}
	return p
}

// analyse checks and analyses every unit, each after its dependencies, at
// most GOMAXPROCS at a time (each holds one package's syntax). When ctx ends,
// the units not yet started are left unchecked.
func (r *moduleRun) analyse(ctx context.Context, g *graph, p *plan) {
	x := &exportData{fset: token.NewFileSet(), files: g.exports, view: map[string]*types.Package{}}
	byPkg := make(map[*packages.Package]*unit, len(g.units))
	for _, u := range g.units {
		byPkg[u.pkg] = u
	}
	st := &factStore{obj: map[objKey]analysis.Fact{}, pkg: map[pkgKey]analysis.Fact{}}
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for _, u := range g.units {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer close(u.done)
			for _, d := range u.deps {
				<-d.done
			}
			sem <- struct{}{}
			defer func() { <-sem }()
			if ctx.Err() != nil {
				return
			}
			r.check(u, x, byPkg, p, st)
		}()
	}
	wg.Wait()
}

// check parses and type-checks one unit and runs the analyzers on it.
func (r *moduleRun) check(u *unit, x *exportData, byPkg map[*packages.Package]*unit, p *plan, st *factStore) {
	fset := x.fset
	pkg := u.pkg
	var files []*ast.File
	srcs := map[string][]byte{}
	for _, name := range pkg.CompiledGoFiles {
		src, err := os.ReadFile(name)
		if err != nil {
			u.loadErrs = append(u.loadErrs, fmt.Sprintf("%s: %v", relSlash(r.root, name), err))
			continue
		}
		f, err := parser.ParseFile(fset, name, src, parser.AllErrors|parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			var list scanner.ErrorList
			if errors.As(err, &list) {
				for _, e := range list {
					u.loadErrs = append(u.loadErrs, r.relPos(r.root, e.Pos.String())+": "+e.Msg)
				}
			} else {
				u.loadErrs = append(u.loadErrs, fmt.Sprintf("%s: %v", relSlash(r.root, name), err))
			}
		}
		if f != nil {
			files = append(files, f)
			srcs[name] = src
		}
	}
	info := &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Instances:    map[*ast.Ident]types.Instance{},
		Scopes:       map[ast.Node]*types.Scope{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		FileVersions: map[*ast.File]string{},
	}
	var typeErrs []types.Error
	conf := types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == "unsafe" {
				return types.Unsafe, nil
			}
			imp := pkg.Imports[path]
			if imp == nil {
				return nil, fmt.Errorf("package %q was not listed by the go command", path)
			}
			if d := byPkg[imp]; d != nil {
				if d.types == nil {
					return nil, fmt.Errorf("package %q was not checked", path)
				}
				return d.types, nil
			}
			return x.load(imp.PkgPath)
		}),
		Sizes: pkg.TypesSizes,
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				typeErrs = append(typeErrs, te)
			}
		},
	}
	if pkg.Module != nil && pkg.Module.GoVersion != "" {
		conf.GoVersion = "go" + pkg.Module.GoVersion
	}
	tpkg, _ := conf.Check(pkg.PkgPath, fset, files, info)
	u.types = tpkg
	if !strings.Contains(pkg.ID, " [") {
		x.add(tpkg) // a dependency's export data may refer to it by path
	}
	for _, e := range typeErrs {
		u.loadErrs = append(u.loadErrs, r.relPos(r.root, e.Fset.Position(e.Pos).String())+": "+e.Msg)
	}
	if len(pkg.Errors) > 0 || len(u.loadErrs) > 0 {
		return // ill-typed: analysers would judge code they cannot see whole
	}
	r.runAnalyzers(u, &source{fset: fset, files: files, info: info, srcs: srcs}, p, st, typeErrs)
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// runAnalyzers runs the plan's analyzers on one checked package: all of them
// on a root, the fact analyzers on another source package.
func (r *moduleRun) runAnalyzers(u *unit, src *source, p *plan, st *factStore, typeErrs []types.Error) {
	pkg := u.pkg
	var module *analysis.Module
	if pkg.Module != nil {
		module = &analysis.Module{Path: pkg.Module.Path, Version: pkg.Module.Version, GoVersion: pkg.Module.GoVersion}
	}
	allowed := map[string]bool{}
	for _, list := range [][]string{pkg.GoFiles, pkg.CompiledGoFiles, pkg.OtherFiles, pkg.IgnoredFiles} {
		for _, f := range list {
			allowed[f] = true
		}
	}
	results := map[*analysis.Analyzer]any{}
	failed := map[*analysis.Analyzer]error{}
	for _, a := range p.order {
		if !u.root && !p.facts[a] {
			continue
		}
		var bad []string
		for _, req := range a.Requires {
			if failed[req] != nil {
				bad = append(bad, req.Name)
			}
		}
		if len(bad) > 0 {
			failed[a] = fmt.Errorf("failed prerequisites: %s", strings.Join(bad, ", "))
		} else {
			var diags []analysis.Diagnostic
			pass := &analysis.Pass{
				Analyzer:     a,
				Fset:         src.fset,
				Files:        src.files,
				OtherFiles:   pkg.OtherFiles,
				IgnoredFiles: pkg.IgnoredFiles,
				Pkg:          u.types,
				TypesInfo:    src.info,
				TypesSizes:   pkg.TypesSizes,
				TypeErrors:   typeErrs,
				Module:       module,
				ResultOf:     map[*analysis.Analyzer]any{},
				Report:       func(d analysis.Diagnostic) { diags = append(diags, d) },
				ReadFile: func(name string) ([]byte, error) {
					if !allowed[name] {
						return nil, fmt.Errorf("%s is not a file of package %s", name, pkg.PkgPath)
					}
					return os.ReadFile(name)
				},
			}
			for _, req := range a.Requires {
				pass.ResultOf[req] = results[req]
			}
			st.bind(pass, u)
			res, err := runPass(pass)
			if err != nil {
				failed[a] = err
			} else {
				results[a] = res
				if u.root && p.reported[a] {
					for _, d := range diags {
						u.findings = append(u.findings, r.finding(src, a.Name, d))
					}
				}
			}
		}
		if !u.root {
			continue
		}
		if p.producers[a] {
			if failed[a] == nil {
				for _, e := range passEndpoints(results[a]) {
					u.endpoints = append(u.endpoints, relEndpoint(r.root, e))
				}
			}
			continue // its failure is the rules' failure, reported with them
		}
		if err := failed[a]; err != nil && p.reported[a] {
			u.failures = append(u.failures, fmt.Sprintf("%s on %s: %v", a.Name, pkg.ID, err))
		}
	}
}

// runPass runs one analyzer, turning a panic into its error: one buggy pass is
// an internal error for this package, not a crashed scan.
func runPass(pass *analysis.Pass) (res any, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("panic: %v\n%s", v, debug.Stack())
		}
	}()
	return pass.Analyzer.Run(pass)
}

// source is one package's syntax while it is analysed.
type source struct {
	fset  *token.FileSet
	files []*ast.File
	info  *types.Info
	srcs  map[string][]byte
}

// factStore holds every fact the analyzers exported, keyed by analyzer,
// object (or package) and fact type. The objects are those of the source
// packages' types.Packages, which dependents import as they are, so a fact
// needs no encoding to cross packages.
type factStore struct {
	mu  sync.RWMutex
	obj map[objKey]analysis.Fact
	pkg map[pkgKey]analysis.Fact
}

type objKey struct {
	a   *analysis.Analyzer
	obj types.Object
	t   reflect.Type
}

type pkgKey struct {
	a   *analysis.Analyzer
	pkg *types.Package
	t   reflect.Type
}

// bind gives a pass its fact functions. A pass sees the facts of its package
// and of the source packages it depends on (AllObjectFacts, AllPackageFacts).
func (s *factStore) bind(pass *analysis.Pass, u *unit) {
	a := pass.Analyzer
	visible := sync.OnceValue(func() map[*types.Package]bool { return u.visible() })
	pass.ImportObjectFact = func(obj types.Object, ptr analysis.Fact) bool {
		if obj == nil {
			panic("nil object given to ImportObjectFact")
		}
		s.mu.RLock()
		f, ok := s.obj[objKey{a, obj, reflect.TypeOf(ptr)}]
		s.mu.RUnlock()
		if ok {
			reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(f).Elem())
		}
		return ok
	}
	pass.ExportObjectFact = func(obj types.Object, f analysis.Fact) {
		if obj.Pkg() != pass.Pkg {
			panic(fmt.Sprintf("%s: fact %T exported on %s, an object of another package", a.Name, f, obj))
		}
		s.mu.Lock()
		s.obj[objKey{a, obj, reflect.TypeOf(f)}] = f
		s.mu.Unlock()
	}
	pass.ImportPackageFact = func(pkg *types.Package, ptr analysis.Fact) bool {
		if pkg == nil {
			panic("nil package given to ImportPackageFact")
		}
		s.mu.RLock()
		f, ok := s.pkg[pkgKey{a, pkg, reflect.TypeOf(ptr)}]
		s.mu.RUnlock()
		if ok {
			reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(f).Elem())
		}
		return ok
	}
	pass.ExportPackageFact = func(f analysis.Fact) {
		s.mu.Lock()
		s.pkg[pkgKey{a, pass.Pkg, reflect.TypeOf(f)}] = f
		s.mu.Unlock()
	}
	pass.AllObjectFacts = func() []analysis.ObjectFact {
		vis := visible()
		s.mu.RLock()
		defer s.mu.RUnlock()
		var out []analysis.ObjectFact
		for k, f := range s.obj {
			if k.a == a && vis[k.obj.Pkg()] {
				out = append(out, analysis.ObjectFact{Object: k.obj, Fact: f})
			}
		}
		return out
	}
	pass.AllPackageFacts = func() []analysis.PackageFact {
		vis := visible()
		s.mu.RLock()
		defer s.mu.RUnlock()
		var out []analysis.PackageFact
		for k, f := range s.pkg {
			if k.a == a && vis[k.pkg] {
				out = append(out, analysis.PackageFact{Package: k.pkg, Fact: f})
			}
		}
		return out
	}
}

// visible returns the types of u and of every source package below it.
func (u *unit) visible() map[*types.Package]bool {
	vis := map[*types.Package]bool{}
	var visit func(u *unit)
	visit = func(u *unit) {
		if u.types == nil || vis[u.types] {
			return
		}
		vis[u.types] = true
		for _, d := range u.deps {
			visit(d)
		}
	}
	visit(u)
	return vis
}
