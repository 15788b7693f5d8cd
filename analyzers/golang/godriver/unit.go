package godriver

import (
	"bytes"
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
	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/objectpath"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/internal/regular"
	"github.com/clerklint/clerklint/rules"
)

// A unit is one source package: parsed, type-checked and analysed on its own,
// after the source packages it depends on, then reduced to its export data
// and facts. This is go vet's unit of work (unitchecker), in one process:
// dependents read the package's types from its export data, as they read
// their other dependencies', and its facts by object path; nothing of its
// syntax, types.Info or types.Package outlives its analysis.
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

	// export is the package's export data once checked (nil if it could not
	// be written); facts are the facts its analysis exported, by object path.
	export   []byte
	objFacts map[objKey]analysis.Fact
	pkgFacts map[pkgKey]analysis.Fact
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
	x := &exportData{fset: token.NewFileSet(), files: g.exports, view: map[string]*types.Package{}, errs: map[string]error{}}
	byPkg := make(map[*packages.Package]*unit, len(g.units))
	r.sources = map[string]bool{}
	for _, u := range g.units {
		byPkg[u.pkg] = u
		r.sources[u.pkg.PkgPath] = true
	}
	r.hasMain = slices.ContainsFunc(g.roots, func(p *packages.Package) bool { return p.Name == "main" })
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
			r.check(u, x, byPkg, p)
		}()
	}
	wg.Wait()
}

// maxGoSource caps one Go source file read for type-checking: the file is
// the scanned project's, and a symlink to /dev/zero or a huge generated file
// must become a listed gap, not exhaust memory.
const maxGoSource = 64 << 20

// check parses and type-checks one unit, runs the analyzers on it and keeps
// its export data and facts.
func (r *moduleRun) check(u *unit, x *exportData, byPkg map[*packages.Package]*unit, p *plan) {
	fset := x.fset
	pkg := u.pkg
	var files []*ast.File
	srcs := map[string][]byte{}
	for _, name := range pkg.CompiledGoFiles {
		src, err := regular.Read(name, maxGoSource)
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
	var deps []string
	sources := map[string][]byte{}
	for _, imp := range pkg.Imports {
		if d := byPkg[imp]; d != nil {
			if d.export != nil {
				sources[imp.PkgPath] = d.export
			}
		} else if imp.PkgPath != "unsafe" {
			deps = append(deps, imp.PkgPath)
		}
	}
	slices.Sort(deps)
	view, importErrs := x.imports(deps, sources)
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
			if err := importErrs[imp.PkgPath]; err != nil {
				return nil, err
			}
			if t := view[imp.PkgPath]; t != nil && t.Complete() {
				return t, nil
			}
			return nil, fmt.Errorf("no types for %q", path)
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
	for _, e := range typeErrs {
		u.loadErrs = append(u.loadErrs, r.relPos(r.root, e.Fset.Position(e.Pos).String())+": "+e.Msg)
	}
	u.export = exportTypes(fset, tpkg)
	r.reach.record(r, u, fset, files, info, tpkg)
	if len(pkg.Errors) > 0 || len(u.loadErrs) > 0 {
		return // ill-typed: analysers would judge code they cannot see whole
	}
	r.runAnalyzers(u, &source{fset: fset, files: files, pkg: tpkg, info: info, srcs: srcs}, p, view, typeErrs)
}

// exportTypes writes a checked package's export data for its importers, or
// returns nil when that fails (an ill-typed package the writer rejects):
// importers then list the import as missing.
func exportTypes(fset *token.FileSet, pkg *types.Package) (data []byte) {
	defer func() {
		if recover() != nil {
			data = nil
		}
	}()
	var buf bytes.Buffer
	if gcexportdata.Write(&buf, fset, pkg) != nil {
		return nil
	}
	return buf.Bytes()
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// runAnalyzers runs the plan's analyzers on one checked package: all of them
// on a root, the fact analyzers on another source package. view holds the
// packages its types were checked against.
func (r *moduleRun) runAnalyzers(u *unit, src *source, p *plan, view map[string]*types.Package, typeErrs []types.Error) {
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
	fs := newFactSet(u, src.pkg, view)
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
				Pkg:          src.pkg,
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
			fs.bind(pass)
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
	u.objFacts, u.pkgFacts = fs.keep()
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
	pkg   *types.Package
	info  *types.Info
	srcs  map[string][]byte
}

// A factSet gives one package's passes their facts, as unitchecker does
// between go vet's processes: the package's own facts by object while it is
// analysed, and those of the source packages below it by object path, found
// in the package's view of them (their export data). Facts are kept as the
// values the passes exported, never encoded: they do not leave the process.
type factSet struct {
	pkg   *types.Package
	view  map[string]*types.Package
	below map[string]*unit // the source packages below, by path
	enc   objectpath.Encoder
	obj   map[localKey]analysis.Fact
	pkgs  map[pkgKey]analysis.Fact
}

// objKey names a fact a source package exported: analyzer, object path, type.
type objKey struct {
	a    *analysis.Analyzer
	path objectpath.Path
	t    reflect.Type
}

type localKey struct {
	a   *analysis.Analyzer
	obj types.Object
	t   reflect.Type
}

type pkgKey struct {
	a *analysis.Analyzer
	t reflect.Type
}

func newFactSet(u *unit, pkg *types.Package, view map[string]*types.Package) *factSet {
	return &factSet{pkg: pkg, view: view, below: u.below(), obj: map[localKey]analysis.Fact{}, pkgs: map[pkgKey]analysis.Fact{}}
}

// keep returns the package's facts for its importers, by object path. A fact
// on an object importers cannot name (a local variable) stays behind, as in
// unitchecker.
func (s *factSet) keep() (map[objKey]analysis.Fact, map[pkgKey]analysis.Fact) {
	obj := map[objKey]analysis.Fact{}
	for k, f := range s.obj {
		if path, err := s.enc.For(k.obj); err == nil {
			obj[objKey{k.a, path, k.t}] = f
		}
	}
	return obj, s.pkgs
}

func copyFact(dst, src analysis.Fact) {
	reflect.ValueOf(dst).Elem().Set(reflect.ValueOf(src).Elem())
}

func (s *factSet) bind(pass *analysis.Pass) {
	a := pass.Analyzer
	pass.ImportObjectFact = func(obj types.Object, ptr analysis.Fact) bool {
		if obj == nil || obj.Pkg() == nil {
			return false
		}
		t := reflect.TypeOf(ptr)
		var f analysis.Fact
		if obj.Pkg() == s.pkg {
			f = s.obj[localKey{a, obj, t}]
		} else if d := s.below[obj.Pkg().Path()]; d != nil {
			if path, err := s.enc.For(obj); err == nil {
				f = d.objFacts[objKey{a, path, t}]
			}
		}
		if f == nil {
			return false
		}
		copyFact(ptr, f)
		return true
	}
	pass.ExportObjectFact = func(obj types.Object, f analysis.Fact) {
		if obj.Pkg() != s.pkg {
			panic(fmt.Sprintf("%s: fact %T exported on %s, an object of another package", a.Name, f, obj))
		}
		s.obj[localKey{a, obj, reflect.TypeOf(f)}] = f
	}
	pass.ImportPackageFact = func(pkg *types.Package, ptr analysis.Fact) bool {
		t := reflect.TypeOf(ptr)
		var f analysis.Fact
		if pkg == s.pkg {
			f = s.pkgs[pkgKey{a, t}]
		} else if d := s.below[pkg.Path()]; d != nil {
			f = d.pkgFacts[pkgKey{a, t}]
		}
		if f == nil {
			return false
		}
		copyFact(ptr, f)
		return true
	}
	pass.ExportPackageFact = func(f analysis.Fact) {
		s.pkgs[pkgKey{a, reflect.TypeOf(f)}] = f
	}
	pass.AllObjectFacts = func() []analysis.ObjectFact {
		var out []analysis.ObjectFact
		for k, f := range s.obj {
			if k.a == a {
				out = append(out, analysis.ObjectFact{Object: k.obj, Fact: f})
			}
		}
		for path, d := range s.below {
			pkg := s.view[path]
			if pkg == nil {
				continue
			}
			for k, f := range d.objFacts {
				if k.a != a {
					continue
				}
				if obj, err := objectpath.Object(pkg, k.path); err == nil {
					out = append(out, analysis.ObjectFact{Object: obj, Fact: f})
				}
			}
		}
		return out
	}
	pass.AllPackageFacts = func() []analysis.PackageFact {
		var out []analysis.PackageFact
		for k, f := range s.pkgs {
			if k.a == a {
				out = append(out, analysis.PackageFact{Package: s.pkg, Fact: f})
			}
		}
		for path, d := range s.below {
			pkg := s.view[path]
			if pkg == nil {
				continue
			}
			for k, f := range d.pkgFacts {
				if k.a == a {
					out = append(out, analysis.PackageFact{Package: pkg, Fact: f})
				}
			}
		}
		return out
	}
}

// below returns the source packages below u, by path.
func (u *unit) below() map[string]*unit {
	out := map[string]*unit{}
	var visit func(u *unit)
	visit = func(u *unit) {
		for _, d := range u.deps {
			if _, ok := out[d.pkg.PkgPath]; !ok {
				out[d.pkg.PkgPath] = d
				visit(d)
			}
		}
	}
	visit(u)
	return out
}
