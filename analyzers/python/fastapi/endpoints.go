package fastapi

import (
	"fmt"
	"slices"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/python"
	"github.com/clerklint/clerklint/analyzers/python/web"
)

// Framework is the endpoints' framework name.
const Framework = "fastapi"

// router is a FastAPI/Starlette application or an APIRouter.
type router struct {
	file   *python.File
	name   string
	app    bool
	prefix string
	deps   []dep
	// includes are the places that mount it into another router.
	includes []include
	// middleware are the app's session-checking middleware (apps only).
	middleware []web.Guard
	// pathMiddleware is set when an app's middleware decides by path.
	pathMiddleware *web.Guard
	// decl is the constructor call (routes= and middleware= lists).
	decl *sitter.Node
}

// dep is one entry of a dependencies=[...] list, classified.
type dep struct {
	g    web.Guard
	kind endpoint.EvidenceKind
}

type include struct {
	parent *router
	prefix string
	deps   []dep
}

// route is one registration: a decorated handler or add_api_route.
type route struct {
	file    *python.File
	router  *router
	methods []string
	path    string
	pathOK  bool
	reg     *sitter.Node // the decorator or the call
	fn      *sitter.Node // the handler's function_definition, nil when not found
	fnFile  *python.File
	deps    []dep
}

// model is the FastAPI model of a project.
type model struct {
	m       *python.Model
	g       *web.Guards
	routers map[string]*router // by "path:name"
	routes  []*route
	// mountMemo holds each router's mounts once computed: a hostile chain
	// of routers each registered twice would otherwise be walked 2^depth
	// times.
	mountMemo map[*router][]mount
}

var routeMethods = map[string][]string{
	"get": {"GET"}, "post": {"POST"}, "put": {"PUT"}, "patch": {"PATCH"}, "delete": {"DELETE"},
	"head": {"HEAD"}, "options": {"OPTIONS"}, "trace": {"TRACE"}, "websocket": {"WEBSOCKET"},
	"api_route": nil, "route": nil, "add_api_route": nil, "add_api_websocket_route": {"WEBSOCKET"}, "add_route": nil,
}

func build(m *python.Model, g *web.Guards) *model {
	fm := &model{m: m, g: g, routers: map[string]*router{}}
	m.Each(func(f *python.File) {
		if !f.ImportsFrom("fastapi") && !f.ImportsFrom("starlette") {
			return
		}
		for name, d := range f.Defs {
			if d.Type() != "call" {
				continue
			}
			_, last := f.Callee(d)
			switch last {
			case "FastAPI", "Starlette", "APIRouter":
				r := &router{file: f, name: name, app: last != "APIRouter"}
				if p := f.Arg(d, -1, "prefix"); p != nil {
					r.prefix, _ = f.StringValue(p)
				}
				r.deps = fm.depList(f, f.Arg(d, -1, "dependencies"), endpoint.GroupMiddleware)
				if r.app {
					for i := range r.deps {
						r.deps[i].kind = endpoint.GlobalMiddleware
					}
				}
				r.decl = d
				fm.routers[f.Path+":"+name] = r
			}
		}
	})
	// Registrations, includes and middleware: a second pass once every
	// router is known (a module may include a router defined after it).
	m.Each(func(f *python.File) {
		if !f.ImportsFrom("fastapi") && !f.ImportsFrom("starlette") {
			return
		}
		python.Walk(f.Root(), func(n *sitter.Node) bool {
			switch n.Type() {
			case "decorated_definition":
				fm.decorated(f, n)
			case "call":
				fm.call(f, n)
			}
			return true
		})
	})
	for _, r := range fm.routers {
		fm.starlette(r)
	}
	return fm
}

// routerOf resolves an expression naming a router ("app", "router",
// "users.router") to its model.
func (fm *model) routerOf(f *python.File, n *sitter.Node) *router {
	if n == nil {
		return nil
	}
	sym := fm.m.Resolve(f, f.Text(python.Unwrap(n)))
	if sym.Node == nil || sym.Node.Type() != "call" {
		return nil
	}
	if name := sym.File.DefName(sym.Node); name != "" {
		return fm.routers[sym.File.Path+":"+name]
	}
	return nil
}

// depList classifies a dependencies=[Depends(a), Security(b)] list.
func (fm *model) depList(f *python.File, list *sitter.Node, kind endpoint.EvidenceKind) []dep {
	list = python.Unwrap(list)
	if list == nil {
		return nil
	}
	var out []dep
	for _, e := range python.Children(list) {
		if target, ok := web.DependsTarget(f, e); ok {
			out = append(out, dep{g: fm.g.Dependency(f, target, 0), kind: kind})
		}
	}
	return out
}

func (fm *model) decorated(f *python.File, n *sitter.Node) {
	fn := python.FuncDef(n)
	if fn == nil {
		return
	}
	for _, d := range python.Children(n) {
		if d.Type() != "decorator" || d.NamedChildCount() == 0 {
			continue
		}
		call := d.NamedChild(0)
		if call.Type() != "call" {
			continue
		}
		fnExpr := call.ChildByFieldName("function")
		if fnExpr == nil || fnExpr.Type() != "attribute" {
			continue
		}
		_, last := f.Callee(call)
		r := fm.routerOf(f, fnExpr.ChildByFieldName("object"))
		if r == nil {
			continue
		}
		if last == "middleware" {
			fm.middleware(r, f, fn)
			continue
		}
		methods, ok := routeMethods[last]
		if !ok || strings.HasPrefix(last, "add_") {
			continue
		}
		fm.addRoute(f, r, call, d, fn, f, methods, last)
		rt := fm.routes[len(fm.routes)-1]
		rt.deps = append(rt.deps, fm.decoratorDeps(f, fn)...)
	}
}

func (fm *model) call(f *python.File, call *sitter.Node) {
	fnExpr := call.ChildByFieldName("function")
	if fnExpr == nil || fnExpr.Type() != "attribute" {
		return
	}
	_, last := f.Callee(call)
	switch last {
	case "include_router", "mount", "add_api_route", "add_api_websocket_route", "add_route", "add_middleware", "add_websocket_route":
	default:
		return
	}
	r := fm.routerOf(f, fnExpr.ChildByFieldName("object"))
	if r == nil {
		return
	}
	switch last {
	case "include_router", "mount":
		child := fm.routerOf(f, f.Arg(call, 0, "router"))
		if last == "mount" {
			child = fm.routerOf(f, f.Arg(call, 1, "app"))
		}
		if child == nil || child == r {
			return
		}
		inc := include{parent: r, deps: fm.depList(f, f.Arg(call, -1, "dependencies"), endpoint.GroupMiddleware)}
		if p := f.Arg(call, -1, "prefix"); p != nil {
			inc.prefix, _ = f.StringValue(p)
		}
		if last == "mount" {
			inc.prefix, _ = f.StringValue(f.Arg(call, 0, "path"))
		}
		child.includes = append(child.includes, inc)
	case "add_middleware":
		fm.middlewareClass(r, f, f.Arg(call, 0, "middleware_class"), call)
	default:
		handler := f.Arg(call, 1, "endpoint")
		if handler == nil {
			return
		}
		sym := fm.m.Resolve(f, f.Text(handler))
		methods := routeMethods[last]
		fm.addRoute(f, r, call, call, python.FuncDef(sym.Node), sym.File, methods, last)
	}
}

// addRoute records a registration; call holds the path, methods= and
// dependencies=.
func (fm *model) addRoute(f *python.File, r *router, call, reg, fn *sitter.Node, fnFile *python.File, methods []string, verb string) {
	rt := &route{file: f, router: r, reg: reg, fn: fn, fnFile: fnFile, methods: methods}
	rt.path, rt.pathOK = f.StringValue(f.Arg(call, 0, "path"))
	if verb == "api_route" || verb == "route" || verb == "add_api_route" || verb == "add_route" {
		if ms := python.Unwrap(f.Arg(call, -1, "methods")); ms != nil {
			for _, m := range python.Children(ms) {
				if s, ok := f.StringValue(m); ok {
					rt.methods = append(rt.methods, strings.ToUpper(s))
				}
			}
		} else if verb == "api_route" || verb == "add_api_route" {
			rt.methods = []string{"GET"}
		}
	}
	rt.deps = fm.depList(f, f.Arg(call, -1, "dependencies"), endpoint.RouteMiddleware)
	fm.routes = append(fm.routes, rt)
}

// middlewareClass records a middleware class added to an app
// (add_middleware, Starlette's middleware=[Middleware(cls)]) at call.
func (fm *model) middlewareClass(r *router, f *python.File, cls, call *sitter.Node) {
	if cls == nil {
		return
	}
	sym := fm.m.Resolve(f, f.Text(cls))
	switch {
	case sym.Node != nil && sym.Node.Type() == "class_definition":
		if d := web.Method(sym.File, sym.Node, "dispatch"); d != nil {
			fm.middleware(r, sym.File, d)
		} else if d := web.Method(sym.File, sym.Node, "__call__"); d != nil {
			fm.middleware(r, sym.File, d)
		}
	case sym.Node == nil && web.AuthLike.MatchString(f.Text(cls)) && !strings.Contains(f.Text(cls), "CORS"):
		// Auth middleware from a package: what it covers is not known.
		r.pathMiddleware = &web.Guard{Verdict: web.Unknown, What: "middleware " + f.Text(cls), At: endpoint.Pos{File: f.Path, Line: f.Line(call)}}
	}
}

// middleware records an app's HTTP middleware that checks the session.
func (fm *model) middleware(r *router, f *python.File, fn *sitter.Node) {
	g, byPath, ok := fm.g.Hook(f, fn)
	switch {
	case !ok:
	case byPath:
		r.pathMiddleware = &g
	default:
		r.middleware = append(r.middleware, g)
	}
}

// mount is one way a router is reachable from an app.
type mount struct {
	prefix string
	deps   []dep
	app    *router
}

// mounts lists a router's mounts (through include_router chains); a router
// nothing includes has none.
func (fm *model) mounts(r *router, seen map[*router]bool) []mount {
	if ms, ok := fm.mountMemo[r]; ok {
		return ms
	}
	if seen[r] {
		return nil
	}
	seen[r] = true
	defer delete(seen, r)
	out := fm.mountsUncached(r, seen)
	if len(out) > web.MaxMounts {
		out = out[:web.MaxMounts]
	}
	if fm.mountMemo == nil {
		fm.mountMemo = map[*router][]mount{}
	}
	fm.mountMemo[r] = out
	return out
}

// mountsUncached lists r's mounts through its parents' (memoised) ones.
func (fm *model) mountsUncached(r *router, seen map[*router]bool) []mount {
	if r.app && len(r.includes) == 0 {
		return []mount{{prefix: r.prefix, deps: r.deps, app: r}}
	}
	var out []mount
	for _, inc := range r.includes {
		for _, pm := range fm.mounts(inc.parent, seen) {
			deps := slices.Concat(pm.deps, inc.deps, r.deps)
			if r.app {
				// A mounted sub-app's own middleware runs for its routes.
				for _, g := range r.middleware {
					deps = append(deps, dep{g: g, kind: endpoint.GroupMiddleware})
				}
			}
			out = append(out, mount{prefix: pm.prefix + inc.prefix + r.prefix, deps: deps, app: pm.app})
		}
	}
	return out
}

// sites assembles one endpoint per route and mount.
func (fm *model) sites() []web.Site {
	var out []web.Site
	for _, rt := range fm.routes {
		ms := fm.mounts(rt.router, map[*router]bool{})
		notIncluded := len(ms) == 0
		if notIncluded {
			ms = []mount{{prefix: rt.router.prefix, deps: rt.router.deps}}
		}
		for _, mt := range ms {
			s := fm.site(rt, mt)
			switch {
			case notIncluded:
				s.Endpoint.Protection = endpoint.Protection{State: endpoint.Unknown, By: s.Endpoint.Protection.By,
					Why: fmt.Sprintf("router %s is not included by an app clerklint found", rt.router.name)}
			case !rt.pathOK:
				s.Endpoint.URL = ""
			}
			out = append(out, s)
		}
	}
	return out
}

func (fm *model) site(rt *route, mt mount) web.Site {
	f := rt.file
	e := endpoint.Endpoint{
		Framework:    Framework,
		Kind:         endpoint.Route,
		Methods:      rt.methods,
		URL:          mt.prefix + rt.path,
		Registration: endpoint.Pos{File: f.Path, Line: f.Line(rt.reg)},
	}
	if e.URL == "" {
		e.URL = "/"
	}
	var gs, own []web.GuardAt
	if mt.app != nil {
		for _, g := range mt.app.middleware {
			gs = append(gs, web.GuardAt{Guard: g, Kind: endpoint.GlobalMiddleware})
		}
	}
	for _, d := range slices.Concat(mt.deps, rt.deps) {
		gs = append(gs, web.GuardAt{Guard: d.g, Kind: d.kind})
	}
	if rt.fn != nil {
		own = fm.g.Handler(&e, rt.fnFile, rt.fn, rt.path)
		gs = append(gs, own...)
	}
	web.Judge(&e, gs)
	if mt.app != nil {
		e.Protection = web.ByPath(e.Protection, mt.app.pathMiddleware, endpoint.GlobalMiddleware, "the app's middleware")
	}
	return web.Site{Endpoint: e, Own: own}
}
