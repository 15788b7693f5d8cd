package gomodel

import (
	"go/ast"
	"go/token"
	"go/types"
	"math"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Route is one endpoint registration.
type Route struct {
	Framework Framework
	// Method is the HTTP method in upper case, "" when the route accepts any.
	Method string
	// Path is the full path: group, Route, Mount and PathPrefix prefixes joined
	// with the pattern as written ({id} and :id parameters kept literally).
	Path string
	// PathKnown is false when the pattern or a prefix is not a constant.
	PathKnown bool
	// Call is the registration call (for gorilla/mux, the outermost call of the
	// chain, e.g. r.HandleFunc(...).Methods(...)).
	Call *ast.CallExpr
	// Func is the function declaration the registration is written in.
	Func *ast.FuncDecl
	// Chain is the middleware the request passes through, outermost first:
	// server wrappers, mounts, router and group middleware, route middleware,
	// wrappers around the handler.
	Chain   []*Middleware
	Handler Handler
	// ContextKnown is false when the router comes from somewhere the model
	// cannot follow (a parameter of a function never called in this package, a
	// call into another package): its middleware is then unknown.
	ContextKnown bool
	// InLoop is true for registrations inside a for or range statement (routes
	// built from tables or config).
	InLoop bool
	// LateAuth is a protecting middleware that its router (or a parent) Uses
	// only after this route was registered, on a router where Use covers only
	// later routes (gin, fiber, echo groups): the route does not pass through it.
	LateAuth *Middleware
	// SiblingAuth is the route middleware that protects at least two other
	// routes of the same router or group while this one has none.
	SiblingAuth *Middleware

	st       *routerState
	seq      int
	pattern  string
	routeMW  []*Middleware
	root     *ast.FuncDecl
	imported *ParamRoute // registered by another package's function (registrars.go)
}

// String renders "GET /items/{id}", or the path alone for any-method routes.
func (r *Route) String() string {
	p := r.Path
	if !r.PathKnown {
		p = "<dynamic path>"
	}
	if r.Method == "" {
		return p
	}
	return r.Method + " " + p
}

// ProtectedBy returns the first middleware in the chain that requires a session, or nil.
func (r *Route) ProtectedBy() *Middleware {
	for _, mw := range r.Chain {
		if mw.Protects() {
			return mw
		}
	}
	return nil
}

// Protected reports whether a middleware requires a session or the handler
// verifies it itself.
func (r *Route) Protected() bool {
	return r.ProtectedBy() != nil || (r.Handler.Known && r.Handler.Flags&VerifiesSession != 0)
}

// ReadsOnly returns the fail-open middleware of a route that nothing protects, or nil.
func (r *Route) ReadsOnly() *Middleware {
	if r.Protected() {
		return nil
	}
	for _, mw := range r.Chain {
		if mw.Reads() {
			return mw
		}
	}
	return nil
}

// Certain reports whether everything about the route was followed: path,
// router origin, every middleware and the handler, outside loops. Rules report
// missing protection only on certain routes.
func (r *Route) Certain() bool {
	if !r.PathKnown || !r.ContextKnown || r.InLoop || !r.Handler.Known {
		return false
	}
	for _, mw := range r.Chain {
		if !mw.Known {
			return false
		}
	}
	return true
}

// routerState is one router, group or sub-router.
type routerState struct {
	fw          Framework
	parent      *routerState
	prefix      string
	prefixKnown bool
	created     int
	// ordered: Use applies only to routes registered after it (gin; echo groups).
	ordered bool
	known   bool
	// mounted: linked under a parent by a mount (fiber's Mount, app.Use with an
	// app), not created by Group or Route.
	mounted bool
	// handoff is when a fiber app was handed to a Clerk-using function of
	// another package: routes registered after it may be behind a Use added
	// there, the ones before cannot be (fiber's Use covers later routes only,
	// and an app cannot be wrapped in net/http middleware).
	handoff int
	// param is 1 + the index of the root function's parameter this router
	// is (paramOf), 0 for other routers: its routes are exported to callers.
	param    int
	paramOf  *ast.FuncDecl
	uses     []use
	groupMW  []*Middleware
	wrappers []*Middleware
}

type use struct {
	mw  *Middleware
	seq int
	// prefix limits the middleware to a path prefix below the router's
	// (fiber's app.Use("/api", mw)); "" covers the whole router.
	prefix string
}

// chain returns the middleware a route registered at limit on this router
// passes through; path is the route's full path (for prefix-scoped Use).
func (st *routerState) chain(limit int, depth int, path string) []*Middleware {
	var out []*Middleware
	if st.parent != nil && depth < 16 {
		pl := math.MaxInt
		switch {
		case st.fw == Fiber && !st.mounted:
			// fiber keeps one stack: a group's routes are ordered against
			// every Use of the app by their own registration.
			pl = limit
		case st.parent.ordered:
			pl = st.created
		}
		out = st.parent.chain(pl, depth+1, path)
	}
	out = append(out, st.wrappers...)
	out = append(out, st.groupMW...)
	for _, u := range st.uses {
		if u.mw.global = st.parent == nil && u.prefix == ""; (!st.ordered || u.seq < limit) && st.covers(u, path) {
			out = append(out, u.mw)
		}
	}
	return out
}

// covers reports whether a Use applies to a route path.
func (st *routerState) covers(u use, path string) bool {
	if u.prefix == "" {
		return true
	}
	base, _ := st.fullPrefix(0)
	p := strings.TrimSuffix(joinPath(base, u.prefix), "/")
	return path == p || strings.HasPrefix(path, p+"/")
}

// lateAuth returns a protecting middleware Used on the route's router or one of
// its parents only after the route (or its group) was registered, where Use
// covers only later routes.
func (st *routerState) lateAuth(limit int, path string) *Middleware {
	for depth := 0; st != nil && depth < 16; depth++ {
		if st.ordered {
			for _, u := range st.uses {
				if u.seq > limit && u.mw.Protects() && st.covers(u, path) {
					return u.mw
				}
			}
		}
		if st.fw != Fiber || st.mounted {
			limit = st.created
		}
		st = st.parent
	}
	return nil
}

func (st *routerState) fullPrefix(depth int) (string, bool) {
	p, ok := st.prefix, st.prefixKnown
	if st.parent != nil && depth < 16 {
		pp, pok := st.parent.fullPrefix(depth + 1)
		p, ok = joinPath(pp, p), ok && pok
	}
	return p, ok
}

func (st *routerState) allKnown(depth int) bool {
	if !st.known {
		return false
	}
	return st.parent == nil || depth >= 16 || st.parent.allKnown(depth+1)
}

func joinPath(prefix, p string) string {
	switch {
	case prefix == "":
		return p
	case p == "":
		return prefix
	}
	return strings.TrimSuffix(prefix, "/") + "/" + strings.TrimPrefix(p, "/")
}

// walker builds the route model of a package by walking every function body in
// source order, following routers through variables, fields, groups, mounts and
// same-package helper functions (inlined with their router arguments).
type walker struct {
	m          *model
	seq        int
	global     map[types.Object]*routerState
	defaultMux *routerState
	routes     []*Route
	inlined    map[*ast.FuncDecl]bool
	stack      []*ast.FuncDecl
	// paramStates are the routers that are parameters of a root function.
	paramStates map[*ast.FuncDecl][]*routerState
}

type frame struct {
	env      map[types.Object]*routerState
	root, fn *ast.FuncDecl
	handled  map[ast.Node]bool
	results  map[*ast.CallExpr]*routerState
	returned []*routerState
}

func newFrame(root, fn *ast.FuncDecl) *frame {
	return &frame{env: map[types.Object]*routerState{}, root: root, fn: fn, handled: map[ast.Node]bool{}, results: map[*ast.CallExpr]*routerState{}}
}

func newWalker(m *model) *walker {
	return &walker{m: m, global: map[types.Object]*routerState{}, inlined: map[*ast.FuncDecl]bool{}, paramStates: map[*ast.FuncDecl][]*routerState{}}
}

func (w *walker) next() int { w.seq++; return w.seq }

func (w *walker) newState(fw Framework, known bool) *routerState {
	return &routerState{fw: fw, known: known, prefixKnown: true, created: w.next(), ordered: fw == Gin || fw == Fiber}
}

func (w *walker) child(parent *routerState, prefix string, prefixKnown bool) *routerState {
	st := w.newState(parent.fw, true)
	st.parent, st.prefix, st.prefixKnown = parent, prefix, prefixKnown
	st.ordered = parent.fw == Gin || parent.fw == Echo || parent.fw == Fiber
	return st
}

// run walks every function declaration and returns the routes of the walks
// whose root function is not inlined somewhere else.
func (w *walker) run() []*Route {
	for _, f := range w.m.pass.Files {
		if isTestFile(w.m.pass, f) {
			continue // test servers (httptest) are not endpoints
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			w.stack = []*ast.FuncDecl{fd}
			w.walkBody(newFrame(fd, fd), fd.Body)
		}
	}
	var out []*Route
	for _, r := range w.routes {
		if w.inlined[r.root] {
			continue // walked again, with its caller's routers, where it is called
		}
		prefix, prefixKnown := r.st.fullPrefix(0)
		r.Path = joinPath(prefix, r.pattern)
		r.Chain = append(r.st.chain(r.seq, 0, r.Path), r.routeMW...)
		r.PathKnown = r.PathKnown && prefixKnown
		r.ContextKnown = r.st.allKnown(0) && !r.afterHandoff()
		r.InLoop = w.m.inLoop(r.Call.Pos())
		if !r.Protected() {
			r.LateAuth = r.st.lateAuth(r.seq, r.Path)
		}
		out = append(out, r)
	}
	siblingGaps(out)
	return out
}

// afterHandoff reports whether a fiber route was registered after its app was
// handed to another package (see routerState.handoff).
func (r *Route) afterHandoff() bool {
	st := r.st
	for depth := 0; st != nil && depth < 16; depth++ {
		if st.handoff > 0 && r.seq > st.handoff {
			return true
		}
		st = st.parent
	}
	return false
}

// siblingGaps sets SiblingAuth on the unprotected routes of a router or group
// whose other routes (at least two) carry a protecting route middleware.
func siblingGaps(routes []*Route) {
	protecting := map[*routerState][]*Middleware{}
	for _, r := range routes {
		for _, mw := range r.routeMW {
			if mw.Protects() {
				protecting[r.st] = append(protecting[r.st], mw)
				break
			}
		}
	}
	for _, r := range routes {
		if mws := protecting[r.st]; len(mws) >= 2 && !r.Protected() && r.ReadsOnly() == nil {
			r.SiblingAuth = mws[0]
		}
	}
}

func (w *walker) walkBody(fr *frame, body ast.Node) {
	ast.Inspect(body, func(n ast.Node) bool {
		if fr.handled[n] {
			_, lit := n.(*ast.FuncLit)
			return !lit
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i := range n.Lhs {
					w.bind(fr, n.Lhs[i], n.Rhs[i])
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i := range n.Names {
					w.bind(fr, n.Names[i], n.Values[i])
				}
			}
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				if w.routerish(r) {
					if st := w.evalRouter(fr, r); st != nil {
						fr.returned = append(fr.returned, st)
					}
				}
			}
		case *ast.CallExpr:
			w.call(fr, n)
		}
		return true
	})
}

// routerish reports whether an expression may denote a router: a router type,
// or an http.Handler (a router is often returned or stored as one).
func (w *walker) routerish(e ast.Expr) bool {
	t := w.m.info.TypeOf(e)
	return routerFramework(t) != "" || handlerFamily(t) == "std"
}

func (w *walker) bind(fr *frame, lhs, rhs ast.Expr) {
	if !w.routerish(rhs) {
		return
	}
	obj := w.m.objOf(lhs)
	v, ok := obj.(*types.Var)
	if !ok {
		return
	}
	if isGlobal(v) {
		if st := w.global[v]; st != nil {
			if c, ok := ast.Unparen(rhs).(*ast.CallExpr); ok {
				if w.isConstructor(c) {
					fr.handled[c] = true
					st.known = true
					return
				}
			}
		}
	}
	st := w.evalRouter(fr, rhs)
	if st == nil {
		return
	}
	if isGlobal(v) {
		w.global[v] = st
	} else {
		fr.env[v] = st
	}
}

func isGlobal(v *types.Var) bool {
	return v.IsField() || (v.Pkg() != nil && v.Parent() == v.Pkg().Scope())
}

func (w *walker) isConstructor(c *ast.CallExpr) bool {
	fn := Callee(w.m.info, c)
	switch {
	case IsFunc(fn, netHTTPPath, "NewServeMux"), IsFunc(fn, ChiPath, "NewRouter"), IsFunc(fn, ChiPath, "NewMux"),
		IsFunc(fn, ChiV1Path, "NewRouter"), IsFunc(fn, ChiV1Path, "NewMux"), IsFunc(fn, GinPath, "New"),
		IsFunc(fn, GinPath, "Default"), IsFunc(fn, EchoPath, "New"), IsFunc(fn, GorillaPath, "NewRouter"),
		IsFunc(fn, FiberPath, "New"):
		return true
	}
	return false
}

// evalRouter returns the router state an expression denotes, or nil.
func (w *walker) evalRouter(fr *frame, e ast.Expr) *routerState {
	e = ast.Unparen(e)
	t := w.m.info.TypeOf(e)
	switch x := e.(type) {
	case *ast.Ident, *ast.SelectorExpr:
		obj := w.m.useOf(x)
		if obj == nil {
			if id, ok := x.(*ast.Ident); ok {
				obj = w.m.info.Defs[id]
			}
		}
		v, ok := obj.(*types.Var)
		if !ok {
			return nil
		}
		if v.Pkg() != nil && v.Pkg().Path() == netHTTPPath && v.Name() == "DefaultServeMux" {
			return w.defaultMuxState()
		}
		if st := fr.env[v]; st != nil {
			return st
		}
		if st := w.global[v]; st != nil {
			return st
		}
		if isGlobal(v) {
			if val := w.m.values[v]; val != nil && len(w.stack) < 10 {
				w.global[v] = nil
				if st := w.evalRouter(newFrame(fr.root, fr.fn), val); st != nil {
					w.global[v] = st
					return st
				}
			}
		}
		if fw := routerFramework(t); fw != "" {
			st := w.paramState(fr, v, fw)
			if st == nil {
				st = w.newState(fw, false)
			}
			if isGlobal(v) {
				w.global[v] = st
			} else {
				fr.env[v] = st
			}
			return st
		}
		return nil
	case *ast.CallExpr:
		return w.evalRouterCall(fr, x)
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			if _, ok := ast.Unparen(x.X).(*ast.CompositeLit); ok {
				if fw := routerFramework(t); fw != "" {
					return w.newState(fw, true)
				}
			}
		}
	case *ast.CompositeLit:
		if fw := routerFramework(t); fw != "" {
			return w.newState(fw, true)
		}
	}
	return nil
}

func (w *walker) defaultMuxState() *routerState {
	if w.defaultMux == nil {
		w.defaultMux = w.newState(NetHTTP, true)
	}
	return w.defaultMux
}

func (w *walker) evalRouterCall(fr *frame, call *ast.CallExpr) *routerState {
	if fr.handled[call] {
		// Already processed in this frame (e.g. as an assignment's value).
		return w.resultOf(fr, call)
	}
	t := w.m.info.TypeOf(call)
	if w.isConstructor(call) {
		fr.handled[call] = true
		st := w.newState(routerFramework(t), true)
		w.remember(fr, call, st)
		return st
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "new" {
		if _, builtin := w.m.info.Uses[id].(*types.Builtin); builtin {
			if fw := routerFramework(t); fw != "" {
				return w.newState(fw, true)
			}
		}
	}
	fn := Callee(w.m.info, call)
	if fn != nil {
		if recv := fn.Type().(*types.Signature).Recv(); recv != nil && (routerFramework(recv.Type()) != "" || isGorillaRoute(recv.Type())) {
			return w.routerCall(fr, call, fn)
		}
	}
	// A middleware applied to a router: a whole-server (or mount) wrapper.
	if handlerFamily(t) != "" {
		p := w.m.peel(call)
		var st *routerState
		switch {
		case p.Router != nil && ast.Unparen(p.Router) != ast.Expr(call):
			// (a call of router type peels to itself: evaluating it again
			// would recurse forever, e.g. a router from another package's
			// constructor, handled below)
			st = w.evalRouter(fr, p.Router)
		case len(p.Chain) > 0:
			st = w.factoryRouter(fr, p.Handler.Expr)
		}
		if st != nil {
			fr.handled[call] = true
			markCalls(fr, call)
			for _, mw := range p.Chain {
				mw.Scope = ScopeServer
			}
			st.wrappers = append(append([]*Middleware(nil), p.Chain...), st.wrappers...)
			w.remember(fr, call, st)
			return st
		}
	}
	if fn != nil && fn.Pkg() == w.m.pass.Pkg {
		if decl := w.m.decls[fn]; decl != nil && (routerFramework(t) != "" || handlerFamily(t) == "std" || w.hasRouterArg(call)) {
			fr.handled[call] = true
			st := w.inline(fr, call, decl)
			w.remember(fr, call, st)
			return st
		}
	}
	if fw := routerFramework(t); fw != "" {
		// A router from another package or a function value: its middleware is unknown.
		fr.handled[call] = true
		st := w.newState(fw, false)
		w.remember(fr, call, st)
		return st
	}
	return nil
}

// remember records the router a call evaluated to, so visiting a call twice (as
// an assignment value and as a node) registers nothing twice.
func (w *walker) remember(fr *frame, call *ast.CallExpr, st *routerState) {
	if st != nil {
		fr.results[call] = st
	}
}

func (w *walker) resultOf(fr *frame, call *ast.CallExpr) *routerState { return fr.results[call] }

func markCalls(fr *frame, n ast.Node) {
	ast.Inspect(n, func(c ast.Node) bool {
		if call, ok := c.(*ast.CallExpr); ok {
			fr.handled[call] = true
		}
		return true
	})
}

func (w *walker) hasRouterArg(call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if routerFramework(w.m.info.TypeOf(a)) != "" {
			return true
		}
	}
	return false
}

// inline walks a same-package function with its router parameters bound to the
// caller's routers, and returns the router it returns, if any.
func (w *walker) inline(fr *frame, call *ast.CallExpr, decl *ast.FuncDecl) *routerState {
	for _, d := range w.stack {
		if d == decl {
			return nil // recursion
		}
	}
	if len(w.stack) > 8 || decl.Body == nil {
		return nil
	}
	w.inlined[decl] = true
	nf := newFrame(fr.root, decl)
	i := 0
	for _, field := range decl.Type.Params.List {
		for _, name := range field.Names {
			if i < len(call.Args) && w.routerish(call.Args[i]) {
				if st := w.evalRouter(fr, call.Args[i]); st != nil {
					if v, ok := w.m.info.Defs[name].(*types.Var); ok {
						nf.env[v] = st
					}
				}
			}
			i++
		}
		if len(field.Names) == 0 {
			i++
		}
	}
	w.stack = append(w.stack, decl)
	w.walkBody(nf, decl.Body)
	w.stack = w.stack[:len(w.stack)-1]
	if len(nf.returned) > 0 {
		return nf.returned[0]
	}
	return nil
}

// call handles a call visited in a function body: a route registration or
// router method, a middleware wrapping a router, or a helper to inline.
func (w *walker) call(fr *frame, call *ast.CallExpr) {
	if fr.handled[call] {
		return
	}
	fn := Callee(w.m.info, call)
	if fn != nil {
		sig := fn.Type().(*types.Signature)
		if recv := sig.Recv(); recv != nil && (routerFramework(recv.Type()) != "" || isGorillaRoute(recv.Type())) {
			w.routerCall(fr, call, fn)
			return
		}
		if IsFunc(fn, netHTTPPath, "Handle") || IsFunc(fn, netHTTPPath, "HandleFunc") {
			fr.handled[call] = true
			if len(call.Args) == 2 {
				w.register(fr, w.defaultMuxState(), call, "", call.Args[0], call.Args[1], nil)
			}
			return
		}
		if fn.Pkg() == w.m.pass.Pkg && w.hasRouterArg(call) {
			if decl := w.m.decls[fn]; decl != nil {
				fr.handled[call] = true
				w.inline(fr, call, decl)
				return
			}
		}
	}
	if handlerFamily(w.m.info.TypeOf(call)) != "" {
		for _, a := range call.Args {
			if routerFramework(w.m.info.TypeOf(a)) != "" || w.isBound(fr, a) || w.isFactoryCall(a) {
				w.evalRouterCall(fr, call)
				return
			}
		}
	}
	if fn != nil && fn.Pkg() != nil && fn.Pkg() != w.m.pass.Pkg && w.importRoutes(fr, call, fn) {
		return
	}
	// A router handed to a function of another package that uses Clerk may be
	// wrapped there (server.Run(r)): its protection is then unknown. Functions of
	// packages without Clerk (http.ListenAndServe, lambda adapters) cannot add it.
	if fn != nil && fn.Pkg() != nil && fn.Pkg() != w.m.pass.Pkg && !IsClerkPath(fn.Pkg().Path()) && w.m.clerkUser(fn.Pkg()) {
		for _, a := range call.Args {
			if routerFramework(w.m.info.TypeOf(a)) != "" || w.isBound(fr, a) {
				if st := w.evalRouter(fr, a); st != nil {
					if st.fw == Fiber && st.parent == nil {
						if st.handoff == 0 {
							st.handoff = w.next()
						}
						continue
					}
					st.known = false
				}
			}
		}
	}
}

func (w *walker) isBound(fr *frame, e ast.Expr) bool {
	v, ok := w.m.useOf(e).(*types.Var)
	return ok && (fr.env[v] != nil || w.global[v] != nil)
}

func isGorillaRoute(t types.Type) bool {
	p, n := namedType(t)
	return p == GorillaPath && n == "Route"
}

var httpMethods = map[string]string{
	"Get": "GET", "Post": "POST", "Put": "PUT", "Patch": "PATCH", "Delete": "DELETE", "Head": "HEAD",
	"Options": "OPTIONS", "Connect": "CONNECT", "Trace": "TRACE",
	"GET": "GET", "POST": "POST", "PUT": "PUT", "PATCH": "PATCH", "DELETE": "DELETE", "HEAD": "HEAD",
	"OPTIONS": "OPTIONS", "CONNECT": "CONNECT", "TRACE": "TRACE",
}

// routerCall handles a method call on a router; it returns the router state the
// call evaluates to (groups, sub-routers, chainable gin calls), or nil.
func (w *walker) routerCall(fr *frame, call *ast.CallExpr, fn *types.Func) *routerState {
	if fr.handled[call] {
		return w.resultOf(fr, call)
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	if fn.Pkg().Path() == GorillaPath {
		return w.gorilla(fr, call)
	}
	fr.handled[call] = true
	recv := w.evalRouter(fr, sel.X)
	if recv == nil {
		return nil
	}
	name, args := fn.Name(), call.Args
	var result *routerState
	switch recv.fw {
	case NetHTTP:
		if (name == "Handle" || name == "HandleFunc") && len(args) == 2 {
			w.register(fr, recv, call, "", args[0], args[1], nil)
		}
	case Chi:
		switch {
		case httpMethods[name] != "" && len(args) == 2:
			w.register(fr, recv, call, httpMethods[name], args[0], args[1], nil)
		case (name == "Handle" || name == "HandleFunc") && len(args) == 2:
			w.register(fr, recv, call, "", args[0], args[1], nil)
		case (name == "Method" || name == "MethodFunc") && len(args) == 3:
			method, _ := w.m.constString(args[0])
			w.register(fr, recv, call, strings.ToUpper(method), args[1], args[2], nil)
		case name == "Mount" && len(args) == 2:
			w.mount(fr, recv, call, args[0], args[1])
		case name == "Use":
			w.use(recv, args, call.Ellipsis.IsValid())
		case name == "With":
			result = w.child(recv, "", true)
			result.ordered = false
			result.groupMW = w.groupMiddlewares(args, call.Ellipsis.IsValid())
		case name == "Group" && len(args) == 1:
			result = w.child(recv, "", true)
			result.ordered = false
			w.walkRouterFunc(fr, args[0], result)
		case name == "Route" && len(args) == 2:
			prefix, ok := w.m.constString(args[0])
			result = w.child(recv, prefix, ok)
			result.ordered = false
			w.walkRouterFunc(fr, args[1], result)
		}
	case Gin:
		switch {
		case httpMethods[name] != "" && len(args) >= 1:
			w.registerChain(fr, recv, call, httpMethods[name], args[0], args[1:], call.Ellipsis.IsValid())
			result = recv
		case name == "Any" && len(args) >= 1:
			w.registerChain(fr, recv, call, "", args[0], args[1:], call.Ellipsis.IsValid())
			result = recv
		case name == "Handle" && len(args) >= 2:
			method, _ := w.m.constString(args[0])
			w.registerChain(fr, recv, call, strings.ToUpper(method), args[1], args[2:], call.Ellipsis.IsValid())
			result = recv
		case name == "Match" && len(args) >= 2:
			w.registerChain(fr, recv, call, "", args[1], args[2:], call.Ellipsis.IsValid())
			result = recv
		case name == "Use":
			w.use(recv, args, call.Ellipsis.IsValid())
			result = recv
		case name == "Group" && len(args) >= 1:
			prefix, ok := w.m.constString(args[0])
			result = w.child(recv, prefix, ok)
			result.groupMW = w.groupMiddlewares(args[1:], call.Ellipsis.IsValid())
		}
	case Echo:
		switch {
		case httpMethods[name] != "" && len(args) >= 2:
			w.register(fr, recv, call, httpMethods[name], args[0], args[1], w.middlewares(args[2:], call.Ellipsis.IsValid()))
		case name == "Any" && len(args) >= 2:
			w.register(fr, recv, call, "", args[0], args[1], w.middlewares(args[2:], call.Ellipsis.IsValid()))
		case name == "Match" && len(args) >= 3:
			w.register(fr, recv, call, "", args[1], args[2], w.middlewares(args[3:], call.Ellipsis.IsValid()))
		case name == "Add" && len(args) >= 3:
			method, _ := w.m.constString(args[0])
			w.register(fr, recv, call, strings.ToUpper(method), args[1], args[2], w.middlewares(args[3:], call.Ellipsis.IsValid()))
		case name == "Use" || name == "Pre":
			w.use(recv, args, call.Ellipsis.IsValid())
		case name == "Group" && len(args) >= 1:
			prefix, ok := w.m.constString(args[0])
			result = w.child(recv, prefix, ok)
			result.groupMW = w.groupMiddlewares(args[1:], call.Ellipsis.IsValid())
		}
	case Fiber:
		result = w.fiberCall(fr, recv, call, name, args)
	}
	w.remember(fr, call, result)
	return result
}

// fiberCall handles a method of a fiber App, Group or Router. Like gin, every
// handler of a registration but the last is route middleware, and Use (also
// the middleware given to Group, which fiber registers as a Use of the
// prefix) covers only the routes registered after it.
func (w *walker) fiberCall(fr *frame, recv *routerState, call *ast.CallExpr, name string, args []ast.Expr) *routerState {
	spread := call.Ellipsis.IsValid()
	switch {
	case httpMethods[name] != "" && len(args) >= 1:
		w.registerChain(fr, recv, call, httpMethods[name], args[0], args[1:], spread)
	case name == "All" && len(args) >= 1:
		w.registerChain(fr, recv, call, "", args[0], args[1:], spread)
	case name == "Add" && len(args) >= 2:
		method, _ := w.m.constString(args[0])
		w.registerChain(fr, recv, call, strings.ToUpper(method), args[1], args[2:], spread)
	case name == "Use":
		prefix := ""
		if len(args) > 0 {
			if p, ok := w.m.constString(args[0]); ok {
				prefix, args = p, args[1:]
			}
		}
		root, rel, ok := fiberRoot(recv)
		if !ok {
			root, rel = recv, ""
		}
		var mws []ast.Expr
		for _, a := range args {
			if routerFramework(w.m.info.TypeOf(a)) == Fiber {
				// app.Use("/api", sub): a mount.
				if sub := w.evalRouter(fr, a); sub != nil {
					w.linkPrefix(recv, sub, prefix, true)
				}
				continue
			}
			mws = append(mws, a)
		}
		// fiber registers a Use (also a group's) on the app's one stack with
		// the group's full prefix: it covers every later route under that
		// prefix, whichever group registered it.
		for _, mw := range w.middlewares(mws, spread) {
			mw.Scope = ScopeRouter
			root.uses = append(root.uses, use{mw: mw, seq: w.next(), prefix: joinPath(rel, prefix)})
		}
		return recv
	case name == "Group" && len(args) >= 1:
		prefix, ok := w.m.constString(args[0])
		st := w.child(recv, prefix, ok)
		mws := w.groupMiddlewares(args[1:], spread)
		root, rel, rok := fiberRoot(st)
		if !rok || !ok {
			st.groupMW = mws
			return st
		}
		for _, mw := range mws {
			root.uses = append(root.uses, use{mw: mw, seq: w.next(), prefix: rel})
		}
		return st
	case name == "Route" && len(args) >= 2:
		prefix, ok := w.m.constString(args[0])
		st := w.child(recv, prefix, ok)
		w.walkRouterFunc(fr, args[1], st)
		return st
	case name == "Mount" && len(args) == 2:
		prefix, ok := w.m.constString(args[0])
		if sub := w.evalRouter(fr, args[1]); sub != nil {
			w.linkPrefix(recv, sub, prefix, ok)
		}
		return recv
	}
	return recv
}

// fiberRoot returns the app a fiber group belongs to (up to a mount) and the
// group's prefix below it; ok is false when a prefix is not a constant.
func fiberRoot(st *routerState) (root *routerState, rel string, ok bool) {
	ok = true
	for depth := 0; depth < 16; depth++ {
		if st.parent == nil || st.mounted {
			return st, rel, ok
		}
		rel, ok = joinPath(st.prefix, rel), ok && st.prefixKnown
		st = st.parent
	}
	return st, rel, false
}

// linkPrefix makes a router a child of the router it is mounted on under a prefix.
func (w *walker) linkPrefix(parent, st *routerState, prefix string, ok bool) {
	if st == parent || st.parent != nil {
		return
	}
	st.parent, st.prefix, st.prefixKnown = parent, prefix, ok
	st.created, st.mounted = w.next(), true
}

// middlewares classifies middleware arguments; a spread slice (mws...) is unknown.
func (w *walker) middlewares(args []ast.Expr, spread bool) []*Middleware {
	var out []*Middleware
	for i, a := range args {
		mw := &Middleware{Expr: a, Scope: ScopeRoute}
		if !(spread && i == len(args)-1) {
			mw = w.m.classifyMiddleware(a)
		}
		mw.Scope = ScopeRoute
		out = append(out, mw)
	}
	return out
}

// groupMiddlewares classifies the middleware given to a group (gin, echo and
// fiber Group arguments, chi With): router scope, like a Use of the group.
func (w *walker) groupMiddlewares(args []ast.Expr, spread bool) []*Middleware {
	mws := w.middlewares(args, spread)
	for _, mw := range mws {
		mw.Scope = ScopeRouter
	}
	return mws
}

func (w *walker) use(st *routerState, args []ast.Expr, spread bool) {
	for _, mw := range w.middlewares(args, spread) {
		mw.Scope = ScopeRouter
		st.uses = append(st.uses, use{mw: mw, seq: w.next()})
	}
}

// walkRouterFunc walks the function given to chi's Group or Route with its
// router parameter bound to the new sub-router.
func (w *walker) walkRouterFunc(fr *frame, fnExpr ast.Expr, st *routerState) {
	switch f := ast.Unparen(fnExpr).(type) {
	case *ast.FuncLit:
		fr.handled[f] = true
		if ps := f.Type.Params.List; len(ps) == 1 && len(ps[0].Names) == 1 {
			if v, ok := w.m.info.Defs[ps[0].Names[0]].(*types.Var); ok {
				fr.env[v] = st
			}
		}
		w.walkBody(fr, f.Body)
	case *ast.Ident, *ast.SelectorExpr:
		if fn, ok := w.m.useOf(f).(*types.Func); ok {
			if decl := w.m.decls[fn]; decl != nil && len(decl.Type.Params.List) == 1 && len(decl.Type.Params.List[0].Names) == 1 {
				// Inline as if called with the sub-router.
				for _, d := range w.stack {
					if d == decl {
						return
					}
				}
				w.inlined[decl] = true
				nf := newFrame(fr.root, decl)
				if v, ok := w.m.info.Defs[decl.Type.Params.List[0].Names[0]].(*types.Var); ok {
					nf.env[v] = st
				}
				w.stack = append(w.stack, decl)
				w.walkBody(nf, decl.Body)
				w.stack = w.stack[:len(w.stack)-1]
			}
		}
	}
}

// registerChain registers a gin route: every handler but the last is route middleware.
func (w *walker) registerChain(fr *frame, st *routerState, call *ast.CallExpr, method string, path ast.Expr, handlers []ast.Expr, spread bool) {
	if len(handlers) == 0 {
		return
	}
	if spread {
		// r.GET("/x", chain...): the handler is not visible.
		r := w.newRoute(fr, st, call, method, path)
		r.Handler = Handler{Expr: handlers[len(handlers)-1]}
		return
	}
	w.register(fr, st, call, method, path, handlers[len(handlers)-1], w.middlewares(handlers[:len(handlers)-1], false))
}

func (w *walker) newRoute(fr *frame, st *routerState, call *ast.CallExpr, method string, path ast.Expr) *Route {
	pattern, ok := w.m.constString(path)
	r := &Route{Framework: st.fw, Method: method, Call: call, Func: fr.fn, PathKnown: ok, st: st, seq: w.next(), root: fr.root}
	if st.fw == NetHTTP && ok {
		// Go 1.22 patterns: "[METHOD ][HOST]/[PATH]".
		if i := strings.IndexAny(pattern, " \t"); i >= 0 {
			r.Method = strings.ToUpper(strings.TrimSpace(pattern[:i]))
			pattern = strings.TrimSpace(pattern[i:])
		}
		if i := strings.Index(pattern, "/"); i > 0 {
			pattern = pattern[i:]
		}
	}
	r.pattern = pattern
	w.routes = append(w.routes, r)
	return r
}

// factoryRouter evaluates a call of a same-package function that returns its
// router as an http.Handler (func routes() http.Handler { r := chi.NewRouter(); ...; return r }).
func (w *walker) factoryRouter(fr *frame, e ast.Expr) *routerState {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	fn := Callee(w.m.info, call)
	if fn == nil || fn.Pkg() != w.m.pass.Pkg || w.m.decls[fn] == nil || handlerFamily(w.m.info.TypeOf(call)) != "std" {
		return nil
	}
	return w.evalRouterCall(fr, call)
}

// isFactoryCall reports whether e calls a same-package function returning an
// http.Handler, which may be a router (see factoryRouter).
func (w *walker) isFactoryCall(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := Callee(w.m.info, call)
	return fn != nil && fn.Pkg() == w.m.pass.Pkg && w.m.decls[fn] != nil && handlerFamily(w.m.info.TypeOf(call)) == "std"
}

// peelRouter peels a handler expression and resolves the router it denotes, if any.
func (w *walker) peelRouter(fr *frame, e ast.Expr) (Peeled, *routerState) {
	p := w.m.peel(e)
	if p.Router != nil {
		return p, w.evalRouter(fr, p.Router)
	}
	return p, w.factoryRouter(fr, p.Handler.Expr)
}

// register records a route, or a mount when the handler is a router.
func (w *walker) register(fr *frame, st *routerState, call *ast.CallExpr, method string, path, handler ast.Expr, routeMW []*Middleware) {
	p, sub := w.peelRouter(fr, handler)
	if sub != nil {
		w.link(fr, st, sub, path, p, routeMW)
		return
	}
	r := w.newRoute(fr, st, call, method, path)
	for _, mw := range p.Chain {
		mw.Scope, mw.Wraps = ScopeRoute, true
	}
	r.routeMW = append(routeMW, p.Chain...)
	r.Handler = p.Handler
}

// mount handles chi's Mount: a sub-router under a prefix, or a plain handler
// serving the whole subtree.
func (w *walker) mount(fr *frame, parent *routerState, call *ast.CallExpr, path, handler ast.Expr) {
	p, sub := w.peelRouter(fr, handler)
	if sub == nil {
		r := w.newRoute(fr, parent, call, "", path)
		r.pattern = joinPath(r.pattern, "*")
		r.routeMW, r.Handler = p.Chain, p.Handler
		return
	}
	w.link(fr, parent, sub, path, p, nil)
}

// link makes a router a child of the router it is mounted on, with the
// middleware wrapped around it at the mount.
func (w *walker) link(fr *frame, parent, st *routerState, path ast.Expr, p Peeled, extra []*Middleware) {
	if st == parent || st.parent != nil {
		return
	}
	prefix, ok := w.m.constString(path)
	switch parent.fw {
	case NetHTTP, Gorilla:
		// net/http and gorilla/mux pass the full path to a mounted router unless
		// http.StripPrefix removes the prefix.
		prefix, ok = p.StripPrefix, true
	}
	chain := append(append([]*Middleware(nil), extra...), p.Chain...)
	for _, mw := range chain {
		mw.Scope = ScopeServer
	}
	st.parent, st.prefix, st.prefixKnown = parent, strings.TrimSuffix(prefix, "/*"), ok
	st.created = w.next()
	st.wrappers = append(chain, st.wrappers...)
}

// gorilla handles a gorilla/mux call chain such as
// r.HandleFunc("/x", h).Methods("GET") or r.PathPrefix("/api").Subrouter(),
// starting from its outermost call.
func (w *walker) gorilla(fr *frame, outer *ast.CallExpr) *routerState {
	var calls []*ast.CallExpr
	var base ast.Expr
	e := ast.Expr(outer)
	for {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			break
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		fn := Callee(w.m.info, call)
		if !ok || fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != GorillaPath {
			break
		}
		calls = append(calls, call)
		fr.handled[call] = true
		if recv := fn.Type().(*types.Signature).Recv(); recv != nil && routerFramework(recv.Type()) == Gorilla {
			base = sel.X
			break
		}
		e = sel.X
	}
	if base == nil {
		return nil
	}
	st := w.evalRouter(fr, base)
	if st == nil {
		return nil
	}
	var (
		path         string
		pathKnown    = true
		methods      []string
		handler      ast.Expr
		sub, hasPath bool
	)
	for i := len(calls) - 1; i >= 0; i-- {
		c := calls[i]
		fn := Callee(w.m.info, c)
		switch fn.Name() {
		case "Use":
			if i == len(calls)-1 {
				w.use(st, c.Args, c.Ellipsis.IsValid())
				return nil
			}
		case "HandleFunc", "Handle":
			if len(c.Args) == 2 {
				p, ok := w.m.constString(c.Args[0])
				path, pathKnown, handler, hasPath = joinPath(path, p), pathKnown && ok, c.Args[1], true
			}
		case "Path", "PathPrefix":
			if len(c.Args) == 1 {
				p, ok := w.m.constString(c.Args[0])
				path, pathKnown, hasPath = joinPath(path, p), pathKnown && ok, true
			}
		case "Methods":
			for _, a := range c.Args {
				if s, ok := w.m.constString(a); ok {
					methods = append(methods, strings.ToUpper(s))
				}
			}
		case "Handler", "HandlerFunc":
			if len(c.Args) == 1 {
				handler = c.Args[0]
			}
		case "Subrouter":
			sub = true
		}
	}
	if sub {
		child := w.child(st, path, pathKnown)
		child.ordered = false
		w.remember(fr, outer, child)
		return child
	}
	if handler != nil {
		p, sub := w.peelRouter(fr, handler)
		if sub != nil {
			w.link(fr, st, sub, nil, p, nil)
			return nil
		}
		r := w.newRoute(fr, st, outer, strings.Join(methods, ","), nil)
		r.pattern, r.PathKnown = path, pathKnown && hasPath
		for _, mw := range p.Chain {
			mw.Scope, mw.Wraps = ScopeRoute, true
		}
		r.routeMW, r.Handler = p.Chain, p.Handler
	}
	return nil
}

// isTestFile reports whether f is a _test.go file.
func isTestFile(pass *analysis.Pass, f *ast.File) bool {
	return strings.HasSuffix(pass.Fset.File(f.Pos()).Name(), "_test.go")
}
