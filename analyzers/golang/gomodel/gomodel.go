// Package gomodel is clerklint's Go route model: one go/analysis pass (not a
// rule) whose Result lists a package's route registrations for net/http,
// chi, gin, echo, fiber and gorilla/mux with the middleware each request passes
// through and the handler it reaches, and whose facts say, across packages,
// which functions are Clerk-protecting middleware, verify the session
// themselves, return session claims, check roles or call privileged Clerk APIs.
//
// It is also the Go producer of the language-neutral endpoint model
// (analyzers/endpoint): Result.Endpoints describes each route with its
// protection evidence, request inputs and effects (endpoints.go, effects.go),
// so CLK101 applies the same judgement as every other framework.
//
// The rules (CLK101 unprotected endpoint, CLK102 unchecked session, CLK201
// missing authorization, CLK302 webhook behind auth, ...) read the Result
// through Requires instead of re-deriving it.
//
// What is out of reach is reported as such, not guessed: a route whose router
// comes from a parameter no caller in the package supplies, from another
// package or a loop, whose path is not a constant, or whose middleware or
// handler is a func-typed value the model cannot follow, is not Certain.
package gomodel

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime/debug"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Analyzer builds the route model and exports the facts.
var Analyzer = &analysis.Analyzer{
	Name:       "clerkroutes",
	Doc:        "build the Go route registration model and Clerk session facts used by clerklint's route rules",
	URL:        "https://github.com/clerklint/clerklint",
	Run:        run,
	ResultType: reflect.TypeOf((*Result)(nil)),
	FactTypes:  []analysis.Fact{new(FuncFact), new(ClerkPackage), new(RoutesFact), new(QueryFact), new(QueriesPackage)},
}

// Result is the route model of one package.
type Result struct {
	// UsesClerk is true when the package imports a Clerk SDK, imports a package
	// of its module that does, or uses a Clerk middleware or session helper of
	// another package (known by its facts). Rules about missing protection only
	// report in such packages: a service without Clerk is not our business.
	UsesClerk bool
	// Routes in source order of their registration.
	Routes []*Route
	// Endpoints are the routes in the language-neutral endpoint model:
	// Endpoints[i] describes Routes[i]. Positions carry absolute file names
	// (the driver makes them relative to the scan root); public-by-design
	// evidence covers the default public routes and webhook receivers, not
	// the configured public-routes, which the rules add from their settings.
	Endpoints []endpoint.Endpoint

	m *model
}

// EndpointList lists the routes as endpoints for the scan's inventory (the
// Go engine collects it from every package; see godriver.passEndpoints).
func (r *Result) EndpointList() []endpoint.Endpoint { return r.Endpoints }

// ModelFields lists the struct models the package's queries name (GORM
// models), with their columns: the ownership judgement's Declared and Owned.
func (r *Result) ModelFields() map[string][]string {
	if r.m == nil {
		return nil
	}
	return r.m.models
}

// FuncFlags returns the flags of a function of this package or of another one
// (from its facts).
func (r *Result) FuncFlags(fn *types.Func) Flags {
	if r.m == nil || fn == nil {
		return 0
	}
	return r.m.funcFlags(fn)
}

// BodyFlags returns the flags of a *ast.FuncDecl or *ast.FuncLit of this package.
func (r *Result) BodyFlags(n ast.Node) Flags {
	if r.m == nil {
		return 0
	}
	return r.m.flags[n]
}

// SessionSource reports whether a call reads session claims (the SDK's
// SessionClaimsFromContext, jwt.Verify, v1 SessionFromContext/VerifyToken, or
// a helper that returns them) and how the absence of a session is signalled.
func (r *Result) SessionSource(call *ast.CallExpr) SourceKind {
	if r.m == nil {
		return 0
	}
	return r.m.sessionSource(call)
}

// SessionVars lists the variables assigned from session sources in a function
// body, not counting nested function literals.
func (r *Result) SessionVars(body ast.Node) []SessionVar {
	if r.m == nil {
		return nil
	}
	return r.m.sessionVars(body)
}

// ClassifyMiddleware says what a middleware expression of this package does.
func (r *Result) ClassifyMiddleware(e ast.Expr) *Middleware {
	if r.m == nil {
		return &Middleware{Expr: e}
	}
	return r.m.classifyMiddleware(e)
}

// Peel splits a handler expression of this package into its wrappers and handler.
func (r *Result) Peel(e ast.Expr) Peeled {
	if r.m == nil {
		return Peeled{Handler: Handler{Expr: e}}
	}
	return r.m.peel(e)
}

// PrivilegedAPI returns the name of the privileged Clerk Backend API a call
// invokes ("user.Delete"), or "" (also when the call acts on the caller's own
// user, the session's Subject).
func (r *Result) PrivilegedAPI(call *ast.CallExpr) string {
	if r.m == nil {
		return ""
	}
	fn := Callee(r.m.info, call)
	if fn == nil || !r.m.isPrivileged(fn) || r.m.actsOnSelf(call) {
		return ""
	}
	return fn.Pkg().Name() + "." + fn.Name()
}

// Value returns the single value assigned to a variable or field in this
// package, or nil when it is assigned more than once, never, or elsewhere.
func (r *Result) Value(obj types.Object) ast.Expr {
	if r.m == nil {
		return nil
	}
	return r.m.values[obj]
}

// IsRoleCheck reports whether a call is a role or permission check
// (SessionClaims.HasRole/HasPermission or a helper named like one).
func (r *Result) IsRoleCheck(call *ast.CallExpr) bool {
	if r.m == nil {
		return false
	}
	fn := Callee(r.m.info, call)
	return fn != nil && r.m.isRoleCheckFunc(fn)
}

// model is the per-package state shared by the summaries and the route walker.
type model struct {
	pass   *analysis.Pass
	info   *types.Info
	params params
	decls  map[*types.Func]*ast.FuncDecl
	bodies []ast.Node
	flags  map[ast.Node]Flags
	// values holds the single value assigned to a variable or field in this
	// package; a nil entry means it is assigned more than once.
	values map[types.Object]ast.Expr
	// tuples holds the one multi-valued assignment of a variable (id, err
	// := strconv.Atoi(...)); decoded the variables a request body, query or
	// path is decoded into (json.Decode(&req)); assigns counts assignments.
	tuples  map[types.Object]tuple
	decoded map[types.Object]endpoint.InputKind
	assigns map[types.Object]int
	// models are the struct models queries name, with their columns.
	models map[string][]string
	// ctxKeys are the request-context keys holding a session value
	// (sessionKeys), computed on first use.
	ctxKeys map[string]bool
	loops   [][2]token.Pos

	mu        sync.Mutex // guards the caches after run returns (rules may read concurrently)
	factCache map[types.Object]factEntry
	pkgCache  map[*types.Package]bool

	reachMu sync.Mutex // guards reach: assignments of a local, by body (assignsIn)
	reach   map[reachKey][]reachAssign
}

type factEntry struct {
	flags Flags
	has   bool
}

func newModel(pass *analysis.Pass, p params) *model {
	m := &model{
		pass: pass, info: pass.TypesInfo, params: p,
		decls: map[*types.Func]*ast.FuncDecl{}, flags: map[ast.Node]Flags{},
		values: map[types.Object]ast.Expr{},
		tuples: map[types.Object]tuple{}, decoded: map[types.Object]endpoint.InputKind{},
		assigns: map[types.Object]int{}, models: map[string][]string{},
		factCache: map[types.Object]factEntry{}, pkgCache: map[*types.Package]bool{},
	}
	record := func(o types.Object, e ast.Expr) {
		if o == nil {
			return
		}
		if _, seen := m.values[o]; seen {
			m.values[o] = nil
			return
		}
		m.values[o] = e
	}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if n.Body != nil {
					if fn, ok := m.info.Defs[n.Name].(*types.Func); ok {
						m.decls[fn] = n
					}
					m.bodies = append(m.bodies, n)
				}
			case *ast.FuncLit:
				m.bodies = append(m.bodies, n)
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					o := m.objOf(l)
					if o != nil {
						m.assigns[o]++
					}
					if len(n.Lhs) == len(n.Rhs) && (n.Tok == token.DEFINE || n.Tok == token.ASSIGN) {
						record(o, n.Rhs[i])
					} else {
						record(o, nil)
						record(o, nil)
						if len(n.Rhs) == 1 && o != nil {
							m.tuples[o] = tuple{rhs: n.Rhs[0], index: i}
						}
					}
				}
			case *ast.CallExpr:
				m.recordDecoded(n)
			case *ast.ValueSpec:
				for i, id := range n.Names {
					switch {
					case len(n.Values) == len(n.Names):
						record(m.info.Defs[id], n.Values[i])
					case len(n.Values) > 0:
						record(m.info.Defs[id], nil)
						record(m.info.Defs[id], nil)
					}
				}
			case *ast.CompositeLit:
				if _, ok := m.info.TypeOf(n).Underlying().(*types.Struct); ok {
					for _, el := range n.Elts {
						if kv, ok := el.(*ast.KeyValueExpr); ok {
							if id, ok := kv.Key.(*ast.Ident); ok {
								record(m.info.Uses[id], kv.Value)
							}
						}
					}
				}
			case *ast.RangeStmt:
				for _, e := range []ast.Expr{n.Key, n.Value} {
					if e != nil {
						o := m.objOf(e)
						record(o, nil)
						record(o, nil)
					}
				}
				m.loops = append(m.loops, [2]token.Pos{n.Body.Pos(), n.Body.End()})
			case *ast.ForStmt:
				m.loops = append(m.loops, [2]token.Pos{n.Body.Pos(), n.Body.End()})
			case *ast.IncDecStmt:
				o := m.objOf(n.X)
				record(o, nil)
				record(o, nil)
			}
			return true
		})
	}
	return m
}

func (m *model) inLoop(p token.Pos) bool {
	for _, l := range m.loops {
		if l[0] <= p && p < l[1] {
			return true
		}
	}
	return false
}

func (m *model) sigBody(n ast.Node) (*types.Signature, *ast.BlockStmt) {
	switch n := n.(type) {
	case *ast.FuncDecl:
		if fn, ok := m.info.Defs[n.Name].(*types.Func); ok {
			return fn.Type().(*types.Signature), n.Body
		}
	case *ast.FuncLit:
		sig, _ := m.info.TypeOf(n).(*types.Signature)
		return sig, n.Body
	}
	return nil, nil
}

// funcFlags returns a function's flags: computed here for this package's
// functions, imported from facts for the others.
func (m *model) funcFlags(fn *types.Func) Flags {
	if fn == nil {
		return 0
	}
	fn = fn.Origin()
	if fn.Pkg() == m.pass.Pkg {
		if d := m.decls[fn]; d != nil {
			return m.flags[d]
		}
		return 0
	}
	e := m.importFact(fn)
	return e.flags
}

// varFlags returns the fact of a package-level variable of another package.
func (m *model) varFlags(v *types.Var) (Flags, bool) {
	e := m.importFact(v)
	return e.flags, e.has
}

func (m *model) importFact(o types.Object) factEntry {
	m.mu.Lock()
	defer m.mu.Unlock()
	if e, ok := m.factCache[o]; ok {
		return e
	}
	var f FuncFact
	e := factEntry{has: m.pass.ImportObjectFact(o, &f)}
	e.flags = f.Flags
	m.factCache[o] = e
	return e
}

// clerkUser reports whether a package uses Clerk (this package always counts:
// everything in it is analysed).
func (m *model) clerkUser(pkg *types.Package) bool {
	if pkg == nil || pkg == m.pass.Pkg {
		return true
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.pkgCache[pkg]; ok {
		return v
	}
	v := IsClerkPath(pkg.Path()) || m.pass.ImportPackageFact(pkg, new(ClerkPackage))
	m.pkgCache[pkg] = v
	return v
}

// summarizeAll computes every body's flags to a fixed point (flags only grow,
// so it terminates; the bound guards against pathological call graphs).
func (m *model) summarizeAll() {
	for iter := 0; iter < 10; iter++ {
		changed := false
		for _, b := range m.bodies {
			f := m.summarize(b) | m.flags[b]
			if f != m.flags[b] {
				m.flags[b] = f
				changed = true
			}
		}
		if !changed {
			return
		}
	}
}

// packageVarFlags classifies a package-level variable holding a middleware,
// a handler or another function, for its fact.
func (m *model) packageVarFlags(v *types.Var) Flags {
	t := v.Type()
	val, present := m.values[v]
	switch {
	case isMiddlewareType(t):
		if !present || val == nil {
			return Opaque
		}
		mw := m.classifyMiddleware(val)
		if !mw.Known {
			return Opaque
		}
		return mw.Flags
	case handlerFamily(t) != "" && present && val != nil:
		p := m.peel(val)
		if p.Protected() {
			return VerifiesSession | p.Handler.Flags&deepFlags
		}
		return p.Handler.Flags & deepFlags
	case present && val != nil:
		if _, fn := t.Underlying().(*types.Signature); fn {
			// a helper kept in a variable (funcVarFlags)
			return m.funcValueFlags(val) &^ Opaque
		}
	}
	return 0
}

func run(pass *analysis.Pass) (_ any, err error) {
	// The route model is a prerequisite of most passes, and drivers run
	// prerequisites unguarded in their own goroutines: a panic here would kill
	// the whole scan. It becomes this package's error instead.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("route model: panic: %v\n%s", r, debug.Stack())
		}
	}()
	res := &Result{}
	// The standard library never uses Clerk; skip it without reading its files
	// (facts make this analyzer run on every dependency).
	if isStd(pass) {
		return res, nil
	}
	direct := ImportsClerk(pass.Pkg)
	var viaModule, viaAny, routers, svix, queries bool
	for _, imp := range pass.Pkg.Imports() {
		queries = queries || mainModule(pass) && (isQueryPath(imp.Path()) || pass.ImportPackageFact(imp, new(QueriesPackage)))
		if pass.ImportPackageFact(imp, new(ClerkPackage)) {
			viaAny = true
			if sameModule(pass, imp.Path()) {
				viaModule = true
			}
		}
		routers = routers || isRouterPath(imp.Path())
		svix = svix || IsSvixPath(imp.Path())
	}
	// Nothing about Clerk, routes or webhooks can be in a package that imports
	// none of them, directly or through a package that uses Clerk.
	if !direct && !viaAny && !routers && !svix && !queries {
		return res, nil
	}
	p, err := loadParams()
	if err != nil {
		return nil, err
	}
	m := newModel(pass, p)
	res.m = m
	m.summarizeAll()
	res.UsesClerk = direct || viaModule || m.usesClerkFacts()
	if routers {
		w := newWalker(m)
		res.Routes = w.run()
		res.Endpoints = m.endpoints(res.Routes)
		w.exportRoutes(res.Routes, res.Endpoints)
	}

	if queries {
		pass.ExportPackageFact(new(QueriesPackage))
	}
	if mainModule(pass) {
		m.queryFacts()
	}
	for fn, d := range m.decls {
		if f := m.flags[d]; f != 0 {
			pass.ExportObjectFact(fn, &FuncFact{Flags: f})
		}
	}
	for _, name := range pass.Pkg.Scope().Names() {
		if v, ok := pass.Pkg.Scope().Lookup(name).(*types.Var); ok {
			if f := m.packageVarFlags(v); f != 0 {
				pass.ExportObjectFact(v, &FuncFact{Flags: f})
			}
		}
	}
	if res.UsesClerk || direct {
		pass.ExportPackageFact(new(ClerkPackage))
	}
	return res, nil
}

// usesClerkFacts reports whether the package uses a Clerk middleware or session
// helper of another package.
func (m *model) usesClerkFacts() bool {
	const clerkish = ProtectsMiddleware | ReadsMiddleware | VerifiesSession | ReturnsVerifyingHandler | ReadsSession
	for _, o := range m.info.Uses {
		if o.Pkg() == nil || o.Pkg() == m.pass.Pkg {
			continue
		}
		switch o := o.(type) {
		case *types.Func:
			if m.funcFlags(o)&clerkish != 0 {
				return true
			}
		case *types.Var:
			if o.Parent() == o.Pkg().Scope() {
				if f, _ := m.varFlags(o); f&clerkish != 0 {
					return true
				}
			}
		}
	}
	return false
}

// sameModule reports whether an imported package belongs to the module of the
// package under analysis (always true when the driver does not say, as in
// GOPATH-mode tests).
func sameModule(pass *analysis.Pass, path string) bool {
	if pass.Module == nil || pass.Module.Path == "" {
		return true
	}
	mp := pass.Module.Path
	return path == mp || strings.HasPrefix(path, mp+"/")
}

func isStd(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return true
	}
	root := build.Default.GOROOT
	if root == "" {
		return false
	}
	name := pass.Fset.File(pass.Files[0].Pos()).Name()
	rel, err := filepath.Rel(filepath.Join(root, "src"), name)
	return err == nil && !strings.HasPrefix(rel, "..")
}

// params are the model's data from the rule set: CLK201's privileged Backend
// APIs and role-check helper names (the deep CallsPrivileged and ChecksRole
// flags must be computed where the facts are).
type params struct {
	privileged map[string]bool
	roleFuncs  *regexp.Regexp
}

// privilegedName returns the configured entry a function matches, or "".
// Entries are "importpath.Name" (a package function, or a method of any type of
// the package) or "importpath.Type.Method".
func (p params) privilegedName(fn *types.Func) string {
	if fn.Pkg() == nil {
		return ""
	}
	if k := fn.Pkg().Path() + "." + fn.Name(); p.privileged[k] {
		return k
	}
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil {
		if _, name := namedType(recv.Type()); name != "" {
			if k := fn.Pkg().Path() + "." + name + "." + fn.Name(); p.privileged[k] {
				return k
			}
		}
	}
	return ""
}

var loadParams = sync.OnceValues(func() (params, error) {
	var raw struct {
		PrivilegedAPIs []string      `yaml:"privileged-apis"`
		RoleFunctions  *rules.Regexp `yaml:"role-functions"`
		// The Next.js keys of the entry, decoded by analyzers/js/nextjs.
		PrivilegedRoutes any `yaml:"privileged-routes"`
		ClerkClientAPIs  any `yaml:"clerk-client-apis"`
		RoleMetadataKeys any `yaml:"role-metadata-keys"`
		RoleClaims       any `yaml:"role-claims"`
		Auth             any `yaml:"auth"`
	}
	r, err := gorules.Rule(ruleid.MissingAuthorization)
	if err != nil {
		return params{}, fmt.Errorf("gomodel: %w", err)
	}
	if err := r.DecodeParams(&raw); err != nil {
		return params{}, fmt.Errorf("gomodel: %w", err)
	}
	p := params{privileged: map[string]bool{}}
	for _, a := range raw.PrivilegedAPIs {
		p.privileged[a] = true
	}
	if raw.RoleFunctions != nil {
		p.roleFuncs = raw.RoleFunctions.Regexp
	}
	return p, nil
})
