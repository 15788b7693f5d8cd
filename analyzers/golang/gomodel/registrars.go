package gomodel

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/clerklint/clerklint/analyzers/endpoint"
)

// Routes registered in one package on a router that another package passes
// in (`routes.Setup(r)` in main, `func Setup(r *gin.Engine) { r.GET(...) }`
// in package routes) are judged where the router comes from: only the caller
// knows the middleware its router carries. The registering package exports
// them as a RoutesFact on the function; the caller turns each into a Route
// of its own, registered at the call, with its router's chain in front.

// RoutesFact lists the routes a function registers on one of its router
// parameters: everything about them the registering package could follow,
// except what the caller's router adds.
type RoutesFact struct {
	Routes []ParamRoute
	// AddsMiddleware is true when the function also Uses or wraps middleware
	// on the router it was given: the caller's later routes may pass through
	// it, and the caller cannot tell what it is.
	AddsMiddleware bool
}

// AFact marks RoutesFact as an analysis.Fact.
func (*RoutesFact) AFact() {}

func (f *RoutesFact) String() string {
	s := "routes:"
	for _, r := range f.Routes {
		s += " " + r.Method + " " + r.Path
	}
	return s
}

// ParamRoute is one route of a RoutesFact.
type ParamRoute struct {
	// Param is the index of the router parameter (the receiver is not counted).
	Param     int
	Framework Framework
	Method    string
	// Path is relative to the router parameter.
	Path string
	// Protected and Reads are what the registering package's own middleware
	// and the handler do: a protecting group middleware, a handler verifying
	// the session, or a fail-open middleware.
	Protected, Reads bool
	// Flags are the handler's flags with the chain's ChecksRole.
	Flags Flags
	// Endpoint is the registering package's endpoint (protection judged
	// without the caller), for the caller's inventory and messages.
	Endpoint endpoint.Endpoint
	// Registrar names the registering function ("routes.SetupUserRoutes").
	Registrar string
}

// paramRoot returns the index of the root function's router parameter the
// route's router descends from, when everything else about the route was
// followed: a path, a handler and middleware the model knows, outside loops.
func (r *Route) paramRoot() (int, bool) {
	if !r.PathKnown || r.InLoop || !r.Handler.Known {
		return 0, false
	}
	for _, mw := range r.Chain {
		if !mw.Known {
			return 0, false
		}
	}
	st := r.st
	for depth := 0; st.parent != nil && depth < 16; depth++ {
		if !st.known {
			return 0, false
		}
		st = st.parent
	}
	if st.param == 0 || st.paramOf != r.root || r.afterHandoff() {
		return 0, false
	}
	return st.param - 1, true
}

// exportRoutes exports a RoutesFact for every exported function that
// registers routes on a router parameter. es[i] is routes[i]'s endpoint.
func (w *walker) exportRoutes(routes []*Route, es []endpoint.Endpoint) {
	facts := map[*ast.FuncDecl]*RoutesFact{}
	var order []*ast.FuncDecl
	for i, r := range routes {
		param, ok := r.paramRoot()
		if !ok || !r.root.Name.IsExported() {
			continue
		}
		f := facts[r.root]
		if f == nil {
			f = &RoutesFact{}
			facts[r.root] = f
			order = append(order, r.root)
		}
		flags := r.Handler.Flags
		for _, mw := range r.Chain {
			flags |= mw.Flags & ChecksRole
		}
		f.Routes = append(f.Routes, ParamRoute{
			Param: param, Framework: r.Framework, Method: r.Method, Path: r.Path,
			Protected: r.Protected(), Reads: r.ReadsOnly() != nil, Flags: flags,
			Endpoint: es[i],
		})
	}
	for _, d := range order {
		fn, ok := w.m.info.Defs[d.Name].(*types.Func)
		if !ok {
			continue
		}
		f := facts[d]
		for i := range f.Routes {
			f.Routes[i].Registrar = FuncName(fn)
		}
		for _, s := range w.paramStates[d] {
			if len(s.uses) > 0 || len(s.groupMW) > 0 || len(s.wrappers) > 0 {
				f.AddsMiddleware = true
			}
		}
		w.m.pass.ExportObjectFact(fn, f)
	}
}

// paramState returns the router state of a parameter of the function being
// walked as a root (not inlined), recording which parameter it is.
func (w *walker) paramState(fr *frame, v *types.Var, fw Framework) *routerState {
	if fr.fn != fr.root {
		return nil // inlined: its parameters are bound to the caller's routers
	}
	i := 0
	for _, field := range fr.fn.Type.Params.List {
		for _, name := range field.Names {
			if w.m.info.Defs[name] == v {
				st := w.newState(fw, false)
				st.param, st.paramOf = i+1, fr.fn
				w.paramStates[fr.fn] = append(w.paramStates[fr.fn], st)
				return st
			}
			i++
		}
		if len(field.Names) == 0 {
			i++
		}
	}
	return nil
}

// importRoutes registers, at a call of another package's function, the
// routes its RoutesFact says it registers on the routers passed in. It
// reports whether the call was such a registrar.
func (w *walker) importRoutes(fr *frame, call *ast.CallExpr, fn *types.Func) bool {
	var f RoutesFact
	if !w.m.pass.ImportObjectFact(fn, &f) {
		return false
	}
	states := map[int]*routerState{}
	for _, pr := range f.Routes {
		if pr.Param >= len(call.Args) {
			continue
		}
		st, seen := states[pr.Param]
		if !seen {
			st = w.evalRouter(fr, call.Args[pr.Param])
			states[pr.Param] = st
		}
		if st == nil {
			continue
		}
		r := &Route{Framework: pr.Framework, Method: pr.Method, Call: call, Func: fr.fn, PathKnown: true,
			st: st, seq: w.next(), root: fr.root, pattern: pr.Path, imported: &pr,
			Handler: Handler{Expr: call, Known: true, Flags: pr.Flags}}
		if pr.Protected {
			r.Handler.Flags |= VerifiesSession
		}
		if pr.Reads {
			r.routeMW = append(r.routeMW, &Middleware{Expr: call, Flags: ReadsMiddleware, Known: true, Scope: ScopeRoute})
		}
		w.routes = append(w.routes, r)
	}
	if f.AddsMiddleware {
		for _, st := range states {
			if st != nil {
				st.known = false // its later routes may pass through middleware we cannot see
			}
		}
	}
	fr.handled[call] = true
	return true
}

// importedEndpoint is the endpoint of a route another package registered on
// this package's router: the registering package's endpoint with this
// router's URL prefix and middleware in front.
func (m *model) importedEndpoint(r *Route) endpoint.Endpoint {
	e := r.imported.Endpoint
	e.Public = append([]endpoint.Evidence(nil), e.Public...)
	if r.PathKnown {
		e.URL = r.Path
	} else {
		e.URL = ""
	}
	// The synthetic route middleware stands for the registrar's own
	// fail-open middleware, already in its endpoint's evidence.
	own := slices.DeleteFunc(slices.Clone(r.Chain), func(mw *Middleware) bool { return slices.Contains(r.routeMW, mw) })
	e.Public = append(e.Public, m.signedEvidence(own)...)
	p := endpoint.Protection{By: append(m.chainEvidence(own), r.imported.Endpoint.Protection.By...), Gap: r.imported.Endpoint.Protection.Gap}
	p.State, p.Why = routeState(r)
	if r.LateAuth != nil {
		p.Gap = &endpoint.Evidence{Kind: endpoint.BeforeGlobalAuth, What: types.ExprString(r.LateAuth.Expr), At: m.pos(r.LateAuth.Expr.Pos())}
	}
	e.Protection = p
	return e
}

// Imported returns, for a route another package registers on this package's
// router, the registering function and the registration's endpoint; nil
// for a route registered here.
func (r *Route) Imported() *ParamRoute { return r.imported }
