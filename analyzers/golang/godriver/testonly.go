package godriver

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/golang/gomodel"
	"github.com/clerklint/clerklint/internal/regular"
	"github.com/clerklint/clerklint/rules"
)

// testReach finds the functions only tests reach. The route model skips
// _test.go files (a test's httptest server is no endpoint), but a router a
// test builds is often written in a non-test file: SetupTestRouter next to
// the production Setup, with fake authentication. Its routes are never
// served, so the rules that judge how a route is served (the passes built on
// the route model) do not report them, and the inventory marks them
// test-only.
//
// A function is test-only when it is referenced at least once and every
// reference is in a _test.go file or inside a test-only function (other than
// itself). The references are every package's of every module of the scan,
// test files included, so this needs the whole scan: it is decided once all
// modules are analysed. The golangci-lint plugin and the vet tool see one
// package at a time and cannot tell; they keep reporting such routes.
//
// What could reach a function without naming it is kept reachable:
//   - an exported function of a module without a main package may be another
//     module's API, and an exported method may satisfy an interface (dynamic
//     calls name the interface's method, not this one); neither is ever
//     test-only;
//   - an unexported method is not when an interface of its package declares a
//     method of that name;
//   - a function whose name is a word of a .go file the build constraints
//     left out (main_prod.go) is not: that build may call it;
//   - nothing of a module that did not load completely is (a call in a file
//     that did not type-check is not seen).
type testReach struct {
	mu sync.Mutex
	// decls are the candidate functions of the scanned modules, by full name.
	decls map[string]*reachDecl
	// refs are the references to functions of source packages, by callee.
	refs map[string]*reachRefs
	// ignoredWords are the identifiers of the build-constrained-out .go files.
	ignoredWords map[string]bool
	// incomplete are the modules that did not load completely, by directory.
	incomplete map[string]bool
}

// reachDecl is a candidate function's declaration.
type reachDecl struct {
	module     string // the module's directory, relative to the root
	name       string
	file       string // relative to the root, slash-separated
	start, end int    // lines
	exported   bool   // an exported function of a module without main packages, or an exported method
}

// reachRefs are the references to one function.
type reachRefs struct {
	fromTests bool
	// callers are the functions whose declarations hold a reference outside
	// test files ("" for a package-level declaration: production).
	callers map[string]bool
}

func newTestReach() *testReach {
	return &testReach{decls: map[string]*reachDecl{}, refs: map[string]*reachRefs{}, ignoredWords: map[string]bool{}, incomplete: map[string]bool{}}
}

// funcKey names a function across packages and their test variants.
func funcKey(fn *types.Func) string {
	return fn.Origin().FullName()
}

// incompleteModule notes a module that did not load completely.
func (t *testReach) incompleteModule(dir string) {
	t.mu.Lock()
	t.incomplete[dir] = true
	t.mu.Unlock()
}

// record notes the declarations (of a root package) and references (of any
// source package) of one checked unit. Only references to the functions of
// the module's source packages are kept.
func (t *testReach) record(r *moduleRun, u *unit, fset *token.FileSet, files []*ast.File, info *types.Info, tpkg *types.Package) {
	type ref struct {
		callee, caller string
		test           bool
	}
	var refs []ref
	var decls []*reachDecl
	for _, f := range files {
		name := fset.File(f.Pos()).Name()
		test := strings.HasSuffix(name, "_test.go")
		for _, d := range f.Decls {
			caller := ""
			if fd, ok := d.(*ast.FuncDecl); ok {
				if fn, ok := info.Defs[fd.Name].(*types.Func); ok {
					caller = funcKey(fn)
					if !test && u.root {
						decls = append(decls, r.reachDecl(fset, fd, fn, tpkg))
					}
				}
			}
			ast.Inspect(d, func(n ast.Node) bool {
				id, ok := n.(*ast.Ident)
				if !ok {
					return true
				}
				fn, ok := info.Uses[id].(*types.Func)
				if !ok || fn.Pkg() == nil || !r.sources[fn.Pkg().Path()] {
					return true
				}
				if callee := funcKey(fn); callee != caller {
					refs = append(refs, ref{callee, caller, test})
				}
				return true
			})
		}
	}
	var words []string
	if u.root {
		for _, name := range u.pkg.IgnoredFiles {
			if strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go") {
				if src, err := regular.Read(name, maxGoSource); err == nil {
					words = append(words, strings.FieldsFunc(string(src), notIdent)...)
				}
			}
		}
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, d := range decls {
		if d != nil {
			t.decls[d.name] = d
		}
	}
	for _, rf := range refs {
		rs := t.refs[rf.callee]
		if rs == nil {
			rs = &reachRefs{callers: map[string]bool{}}
			t.refs[rf.callee] = rs
		}
		if rf.test {
			rs.fromTests = true
		} else {
			rs.callers[rf.caller] = true
		}
	}
	for _, w := range words {
		t.ignoredWords[w] = true
	}
}

func notIdent(c rune) bool {
	return !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80)
}

// reachDecl describes a declaration, or returns nil for one that something
// could reach without naming it (a method an interface may call).
func (r *moduleRun) reachDecl(fset *token.FileSet, fd *ast.FuncDecl, fn *types.Func, tpkg *types.Package) *reachDecl {
	recv := fn.Signature().Recv() != nil
	if recv && !fn.Exported() && interfaceDeclares(tpkg, fn.Name()) {
		return nil
	}
	start, end := fset.Position(fd.Pos()), fset.Position(fd.End())
	return &reachDecl{
		module:   r.mod.Dir,
		name:     funcKey(fn),
		file:     relSlash(r.root, start.Filename),
		start:    start.Line,
		end:      end.Line,
		exported: fn.Exported() && (recv || !r.hasMain),
	}
}

// interfaceDeclares reports whether an interface type declared at package
// level in pkg has a method called name.
func interfaceDeclares(pkg *types.Package, name string) bool {
	if pkg == nil {
		return false
	}
	scope := pkg.Scope()
	for _, n := range scope.Names() {
		tn, ok := scope.Lookup(n).(*types.TypeName)
		if !ok {
			continue
		}
		if it, ok := tn.Type().Underlying().(*types.Interface); ok {
			for m := range it.Methods() {
				if m.Name() == name {
					return true
				}
			}
		}
	}
	return false
}

// spans returns the extents of the test-only functions, by file.
func (t *testReach) spans() map[string][][2]int {
	testOnly := map[string]bool{}
	candidate := func(name string) bool {
		d := t.decls[name]
		return d != nil && !d.exported && !t.incomplete[d.module] && !t.ignoredWords[d.name[strings.LastIndexByte(d.name, '.')+1:]]
	}
	// The least fixpoint, by a worklist: a function joins once every caller
	// outside test files has joined (pending counts those still out); one
	// reached from nowhere never does. Each reference is visited once, so a
	// long chain of helpers costs its length, not its square.
	pending := map[string]int{}
	calls := map[string][]string{} // caller → its callees outside test files
	var queue []string
	for name, rs := range t.refs {
		if !candidate(name) {
			continue
		}
		pending[name] = len(rs.callers)
		for c := range rs.callers {
			calls[c] = append(calls[c], name)
		}
		if len(rs.callers) == 0 && rs.fromTests {
			queue = append(queue, name)
		}
	}
	for len(queue) > 0 {
		name := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		testOnly[name] = true
		for _, callee := range calls[name] {
			if n, ok := pending[callee]; ok {
				if pending[callee] = n - 1; n == 1 {
					queue = append(queue, callee)
				}
			}
		}
	}
	out := map[string][][2]int{}
	for name := range testOnly {
		d := t.decls[name]
		out[d.file] = append(out[d.file], [2]int{d.start, d.end})
	}
	return out
}

// inSpan reports whether line of file lies in one of the spans.
func inSpan(spans map[string][][2]int, file string, line int) bool {
	return slices.ContainsFunc(spans[file], func(s [2]int) bool { return s[0] <= line && line <= s[1] })
}

// dropTestOnly removes the findings of the route rules (the passes built on
// the route model) that lie in test-only functions and marks the endpoints
// registered there.
func (t *testReach) dropTestOnly(res *Result, analyzers []*analysis.Analyzer) {
	spans := t.spans()
	if len(spans) == 0 {
		return
	}
	route := routeRules(analyzers)
	res.Findings = slices.DeleteFunc(res.Findings, func(f rules.Finding) bool {
		return route[f.RuleID] && inSpan(spans, f.File, f.Line)
	})
	for i, e := range res.Endpoints {
		if inSpan(spans, e.Registration.File, e.Registration.Line) {
			res.Endpoints[i].TestOnly = true
		}
	}
}

// routeRules are the names of the analyzers that require the route model,
// directly or not: what they report judges how a route is served.
func routeRules(analyzers []*analysis.Analyzer) map[string]bool {
	memo := map[*analysis.Analyzer]bool{}
	var uses func(a *analysis.Analyzer) bool
	uses = func(a *analysis.Analyzer) bool {
		if v, ok := memo[a]; ok {
			return v
		}
		memo[a] = false
		v := slices.ContainsFunc(a.Requires, func(req *analysis.Analyzer) bool { return req == gomodel.Analyzer || uses(req) })
		memo[a] = v
		return v
	}
	out := map[string]bool{}
	for _, a := range analyzers {
		if uses(a) {
			out[a.Name] = true
		}
	}
	return out
}
