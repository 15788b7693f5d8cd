package fastapi

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/python"
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
	middleware []guard
	// pathMiddleware is set when an app's middleware decides by path.
	pathMiddleware *guard
}

// dep is one entry of a dependencies=[...] list, classified.
type dep struct {
	g    guard
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
	g       *guards
	routers map[string]*router // by "path:name"
	routes  []*route
}

var routeMethods = map[string][]string{
	"get": {"GET"}, "post": {"POST"}, "put": {"PUT"}, "patch": {"PATCH"}, "delete": {"DELETE"},
	"head": {"HEAD"}, "options": {"OPTIONS"}, "trace": {"TRACE"}, "websocket": {"WEBSOCKET"},
	"api_route": nil, "route": nil, "add_api_route": nil, "add_api_websocket_route": {"WEBSOCKET"}, "add_route": nil,
}

func build(m *python.Model) *model {
	fm := &model{m: m, g: newGuards(m), routers: map[string]*router{}}
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
	for name, d := range sym.File.Defs {
		if d == sym.Node || d.StartByte() == sym.Node.StartByte() {
			return fm.routers[sym.File.Path+":"+name]
		}
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
		if target, ok := dependsTarget(f, e); ok {
			out = append(out, dep{g: fm.g.dependency(f, target, 0), kind: kind})
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
		cls := f.Arg(call, 0, "middleware_class")
		if cls == nil {
			return
		}
		sym := fm.m.Resolve(f, f.Text(cls))
		switch {
		case sym.Node != nil && sym.Node.Type() == "class_definition":
			if d := method(sym.File, sym.Node, "dispatch"); d != nil {
				fm.middleware(r, sym.File, d)
			} else if d := method(sym.File, sym.Node, "__call__"); d != nil {
				fm.middleware(r, sym.File, d)
			}
		case sym.Node == nil && authLike.MatchString(f.Text(cls)) && !strings.Contains(f.Text(cls), "CORS"):
			// Auth middleware from a package: what it covers is not known.
			r.pathMiddleware = &guard{v: unknown, what: "middleware " + f.Text(cls), at: endpoint.Pos{File: f.Path, Line: f.Line(call)}}
		}
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

// pathTest matches middleware reading the request path: it protects some
// paths, which clerklint does not evaluate.
var pathTest = regexp.MustCompile(`\burl\.path\b|\bscope\[["']path["']\]|\.path\b`)

// middleware records an app's HTTP middleware that checks the session.
func (fm *model) middleware(r *router, f *python.File, fn *sitter.Node) {
	g := fm.g.function(f, fn, 0)
	if g.v == none {
		return
	}
	if g.v == protects {
		g.what = "middleware " + f.Text(fn.ChildByFieldName("name"))
		g.at = endpoint.Pos{File: f.Path, Line: f.Line(fn)}
	}
	if pathTest.MatchString(f.Text(fn.ChildByFieldName("body"))) {
		gg := g
		r.pathMiddleware = &gg
		return
	}
	r.middleware = append(r.middleware, g)
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
	if seen[r] {
		return nil
	}
	seen[r] = true
	defer delete(seen, r)
	if r.app && len(r.includes) == 0 {
		return []mount{{prefix: r.prefix, deps: r.deps, app: r}}
	}
	var out []mount
	for _, inc := range r.includes {
		for _, pm := range fm.mounts(inc.parent, seen) {
			deps := slices.Concat(pm.deps, inc.deps, r.deps)
			out = append(out, mount{prefix: pm.prefix + inc.prefix + r.prefix, deps: deps, app: pm.app})
		}
	}
	return out
}

// endpoints assembles one Endpoint per route and mount.
func (fm *model) endpoints(public func(url string) *endpoint.Evidence) []endpoint.Endpoint {
	var out []endpoint.Endpoint
	for _, rt := range fm.routes {
		ms := fm.mounts(rt.router, map[*router]bool{})
		notIncluded := len(ms) == 0
		if notIncluded {
			ms = []mount{{prefix: rt.router.prefix, deps: rt.router.deps}}
		}
		for _, mt := range ms {
			e := fm.endpoint(rt, mt)
			switch {
			case notIncluded:
				e.Protection = endpoint.Protection{State: endpoint.Unknown, By: e.Protection.By,
					Why: fmt.Sprintf("router %s is not included by an app clerklint found", rt.router.name)}
			case !rt.pathOK:
				e.URL = ""
			}
			if e.URL != "" && e.Protection.State == endpoint.Unprotected {
				if ev := public(e.URL); ev != nil {
					e.Public = append(e.Public, *ev)
				}
			}
			out = append(out, e)
		}
	}
	return out
}

func (fm *model) endpoint(rt *route, mt mount) endpoint.Endpoint {
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
	var gs []guardAt
	if mt.app != nil {
		for _, g := range mt.app.middleware {
			gs = append(gs, guardAt{g: g, kind: endpoint.GlobalMiddleware})
		}
	}
	for _, d := range slices.Concat(mt.deps, rt.deps) {
		gs = append(gs, guardAt{g: d.g, kind: d.kind})
	}
	if rt.fn != nil {
		hf := rt.fnFile
		e.Name = hf.Text(rt.fn.ChildByFieldName("name"))
		e.Handler = endpoint.Pos{File: hf.Path, Line: hf.Line(rt.fn)}
		e.HandlerEnd = int(rt.fn.EndPoint().Row) + 1
		gs = append(gs, fm.handlerGuards(hf, rt.fn)...)
		e.Effects, e.EffectsKnown = fm.m.Effects(hf, rt.fn)
		e.Inputs = inputs(hf, rt.fn, rt.path)
		o := fm.origins(hf, rt.fn, e.Inputs)
		fm.m.ClerkArgs(hf, rt.fn, e.Effects, o)
		e.Authz = append(append(e.Authz, fm.m.RoleChecks(hf, rt.fn)...), fm.m.IdentityChecks(hf, rt.fn, o)...)
		if ev := webhookVerify(hf, rt.fn); ev != nil {
			e.Public = append(e.Public, *ev)
		}
	}
	for _, g := range gs {
		e.Authz = append(e.Authz, g.g.authz...)
	}
	e.Protection = protection(gs)
	if mt.app != nil && mt.app.pathMiddleware != nil && e.Protection.State == endpoint.Unprotected {
		g := mt.app.pathMiddleware
		e.Protection = endpoint.Protection{State: endpoint.Unknown, By: []endpoint.Evidence{{Kind: endpoint.GlobalMiddleware, What: g.what, At: g.at}},
			Why: "the app's middleware checks the session for some request paths; clerklint does not evaluate which"}
	}
	return e
}

type guardAt struct {
	g    guard
	kind endpoint.EvidenceKind
	// param is the handler parameter holding an optional result, for CLK102.
	param string
}

// handlerGuards are the handler's own: its Depends() parameters (an
// optional one checked in the body counts as a check) and the protecting
// project functions it calls.
func (fm *model) handlerGuards(f *python.File, fn *sitter.Node) []guardAt {
	body := fn.ChildByFieldName("body")
	var out []guardAt
	for _, p := range params(f, fn) {
		if p.dep == nil {
			continue
		}
		g := fm.g.paramGuard(f, p, 0)
		kind := endpoint.RouteMiddleware
		if g.v == optional {
			g = optionalParam(f, body, p, g, f.Text(fn.ChildByFieldName("name")))
			if g.v == protects {
				kind = endpoint.HandlerCheck
			}
		}
		out = append(out, guardAt{g: g, kind: kind, param: p.name})
	}
	inner := fm.g.function(f, fn, 0)
	// The handler's own body: a guard called and checked, a protecting
	// helper, a 401 raised. Parameters were judged above.
	byParam := slices.ContainsFunc(out, func(g guardAt) bool { return g.g.v == protects })
	if inner.v == protects && !byParam {
		out = append(out, guardAt{g: inner, kind: endpoint.HandlerCheck})
	} else if inner.v == optional && inner.unchecked != nil && strings.Contains(inner.what, "authenticate_request") {
		out = append(out, guardAt{g: inner, kind: endpoint.HandlerCheck})
	}
	return out
}

// protection adds up the guards on an endpoint.
func protection(gs []guardAt) endpoint.Protection {
	p := endpoint.Protection{State: endpoint.Unprotected}
	var optionalSeen, unknownSeen, tokenSeen bool
	for _, g := range gs {
		switch g.g.v {
		case protects:
			p.State = endpoint.Protected
			p.By = append(p.By, endpoint.Evidence{Kind: g.kind, What: g.g.what, At: g.g.at})
		case optional:
			optionalSeen = true
			if ev := (endpoint.Evidence{Kind: endpoint.FailOpen, What: g.g.what, At: g.g.at}); !slices.Contains(p.By, ev) {
				p.By = append(p.By, ev)
			}
		case unknown:
			unknownSeen = true
			p.Why = "the dependency " + g.g.what + " could not be read"
		case tokenOnly:
			tokenSeen = true
			if p.Why == "" {
				p.Why = "a " + g.g.what + " dependency requires a token; whether anything verifies it could not be told"
			}
		}
	}
	switch {
	case p.State == endpoint.Protected:
		p.Why = ""
	case unknownSeen || tokenSeen:
		p.State = endpoint.Unknown
	case optionalSeen:
		p.State = endpoint.ReadsOnly
	}
	return p
}

// webhookVerify returns webhook evidence when the handler verifies a svix
// signature (Webhook(secret).verify(...)) itself or through a helper in the
// same module.
func webhookVerify(f *python.File, fn *sitter.Node) *endpoint.Evidence {
	var ev *endpoint.Evidence
	python.WalkBody(fn.ChildByFieldName("body"), func(n *sitter.Node) bool {
		if ev != nil || n.Type() != "call" {
			return ev == nil
		}
		dotted, last := f.Callee(n)
		if (last == "verify" && (f.ImportsFrom("svix") || strings.Contains(strings.ToLower(dotted), "webhook") || strings.HasPrefix(dotted, "wh"))) || strings.Contains(last, "verify_webhook") || strings.Contains(last, "verify_svix") || strings.Contains(last, "verify_signature") {
			ev = &endpoint.Evidence{Kind: endpoint.WebhookVerify, What: dotted + "(...)", At: endpoint.Pos{File: f.Path, Line: f.Line(n)}}
		}
		return ev == nil
	})
	return ev
}

// inputs lists the request values a handler takes: path parameters, and
// body, query or header parameters by their annotation.
// origins says which of the handler's parameters hold the request's values
// and which a dependency or a guard it calls fills (the session), for
// ClerkArgs.
func (fm *model) origins(f *python.File, fn *sitter.Node, ins []endpoint.Input) python.Origins {
	o := python.Origins{Request: map[string]endpoint.InputKind{}, Session: map[string]bool{},
		SessionCall: func(cf *python.File, call *sitter.Node) bool {
			dotted, _ := cf.Callee(call)
			sym := fm.m.Resolve(cf, dotted)
			def := python.FuncDef(sym.Node)
			return def != nil && fm.g.function(sym.File, def, 0).v == protects
		}}
	for _, p := range params(f, fn) {
		switch {
		case p.dep != nil:
			o.Session[p.name] = true
		case f.Text(p.typ) == "Request":
			o.RequestParam = p.name
		}
	}
	for _, in := range ins {
		o.Request[in.Name] = in.Kind
	}
	return o
}

func inputs(f *python.File, fn *sitter.Node, path string) []endpoint.Input {
	var out []endpoint.Input
	for _, p := range params(f, fn) {
		if p.dep != nil || p.name == "" || p.name == "self" {
			continue
		}
		at := endpoint.Pos{File: f.Path, Line: f.Line(p.node)}
		typ := f.Text(p.typ)
		def := ""
		if v := p.node.ChildByFieldName("value"); v != nil {
			def = f.Text(v)
		}
		switch {
		case strings.Contains(path, "{"+p.name+"}") || strings.Contains(path, "{"+p.name+":"):
			out = append(out, endpoint.Input{Kind: endpoint.PathParam, Name: p.name, At: at})
		case typ == "Request" || typ == "WebSocket" || typ == "Response" || typ == "BackgroundTasks":
		case strings.HasPrefix(def, "Header("):
			out = append(out, endpoint.Input{Kind: endpoint.Header, Name: p.name, At: at})
		case strings.HasPrefix(def, "Cookie("):
			out = append(out, endpoint.Input{Kind: endpoint.Cookie, Name: p.name, At: at})
		case strings.HasPrefix(def, "Form(") || strings.HasPrefix(def, "File("):
			out = append(out, endpoint.Input{Kind: endpoint.Form, Name: p.name, At: at})
		case strings.HasPrefix(def, "Body(") || typ != "" && typ[0] >= 'A' && typ[0] <= 'Z' && !strings.HasPrefix(typ, "Optional[str") && !strings.HasPrefix(typ, "Optional[int"):
			out = append(out, endpoint.Input{Kind: endpoint.Body, Name: p.name, At: at})
		default:
			out = append(out, endpoint.Input{Kind: endpoint.Query, Name: p.name, At: at})
		}
	}
	return out
}
