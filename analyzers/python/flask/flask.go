// Package flask is the Flask model of the python engine: an endpoint for
// every view (@app.route, @bp.get and the other verb decorators,
// add_url_rule, MethodView classes), with the blueprint prefixes of
// register_blueprint composed and the guards in front of it: the view's
// decorators (a project decorator credited by what its wrapper does) and
// the before_request hooks of its blueprint and app. python/web judges them.
package flask

import (
	"fmt"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/python"
	"github.com/clerklint/clerklint/analyzers/python/web"
)

// Framework is the endpoints' framework name.
const Framework = "flask"

// Model is the Flask framework model.
var Model = web.Framework{
	Name: "Flask",
	Fix:  "verify the session in front of it (a decorator that calls authenticate_request and returns 401 when not is_signed_in, or a before_request hook on its blueprint that does)",
	Sites: func(m *python.Model, g *web.Guards) []web.Site {
		return build(m, g).sites()
	},
}

// router is a Flask app or a Blueprint.
type router struct {
	file   *python.File
	name   string
	app    bool
	prefix string
	// hooks are its before_request guards; appHooks its
	// before_app_request ones, which cover the whole app it is part of.
	hooks, appHooks []web.Guard
	// pathHook is set when a hook decides by path or endpoint.
	pathHook *web.Guard
	// registered are the register_blueprint calls that mount it.
	registered []registration
}

type registration struct {
	parent *router
	// prefix is register_blueprint's url_prefix, which replaces the
	// blueprint's own; set says it was given.
	prefix string
	set    bool
}

type route struct {
	file    *python.File
	router  *router
	methods []string
	path    string
	pathOK  bool
	reg     *sitter.Node
	fn      *sitter.Node
	fnFile  *python.File
	// decorators are the guards of the view's other decorators.
	decorators []web.Guard
}

type model struct {
	m       *python.Model
	g       *web.Guards
	routers map[string]*router // by "path:name", module level or local
	routes  []*route
	// mountMemo holds each router's mounts once computed: a hostile chain
	// of routers each registered twice would otherwise be walked 2^depth
	// times.
	mountMemo map[*router][]mount
}

// verbs are the route decorators and the methods they serve; route and
// add_url_rule read methods=.
var verbs = map[string][]string{"get": {"GET"}, "post": {"POST"}, "put": {"PUT"}, "patch": {"PATCH"}, "delete": {"DELETE"}, "route": nil}

// viewMethods are the HTTP methods a MethodView class answers by method.
var viewMethods = []string{"get", "post", "put", "patch", "delete"}

func build(m *python.Model, g *web.Guards) *model {
	fm := &model{m: m, g: g, routers: map[string]*router{}}
	var files []*python.File
	m.Each(func(f *python.File) {
		if f.ImportsFrom("flask") {
			files = append(files, f)
		}
	})
	// Apps and blueprints, also those built inside an app factory.
	for _, f := range files {
		python.Walk(f.Root(), func(n *sitter.Node) bool {
			if n.Type() != "assignment" {
				return true
			}
			l, r := n.ChildByFieldName("left"), python.Unwrap(n.ChildByFieldName("right"))
			if l == nil || r == nil || l.Type() != "identifier" || r.Type() != "call" {
				return true
			}
			_, last := f.Callee(r)
			if last != "Flask" && last != "Blueprint" {
				return true
			}
			rt := &router{file: f, name: f.Text(l), app: last == "Flask"}
			if p := f.Arg(r, -1, "url_prefix"); p != nil {
				rt.prefix, _ = f.StringValue(p)
			}
			fm.routers[f.Path+":"+rt.name] = rt
			return true
		})
	}
	for _, f := range files {
		python.Walk(f.Root(), func(n *sitter.Node) bool {
			switch n.Type() {
			case "decorated_definition":
				fm.decorated(f, n)
			case "call":
				fm.call(f, n)
			}
			return true
		})
	}
	return fm
}

// routerOf resolves an expression naming an app or a blueprint: a name
// bound in the same module (at any level) or imported.
func (fm *model) routerOf(f *python.File, n *sitter.Node) *router {
	n = python.Unwrap(n)
	if n == nil {
		return nil
	}
	if r := fm.routers[f.Path+":"+f.Text(n)]; r != nil {
		return r
	}
	sym := fm.m.Resolve(f, f.Text(n))
	if sym.File == nil || sym.Node == nil {
		return nil
	}
	if name := sym.File.DefName(sym.Node); name != "" {
		return fm.routers[sym.File.Path+":"+name]
	}
	return nil
}

func (fm *model) decorated(f *python.File, n *sitter.Node) {
	fn := python.FuncDef(n)
	if fn == nil {
		return
	}
	var regs []*route
	var guards []web.Guard
	for _, d := range python.Children(n) {
		if d.Type() != "decorator" || d.NamedChildCount() == 0 {
			continue
		}
		expr := d.NamedChild(0)
		target := expr
		if expr.Type() == "call" {
			target = expr.ChildByFieldName("function")
		}
		if target != nil && target.Type() == "attribute" {
			if r := fm.routerOf(f, target.ChildByFieldName("object")); r != nil {
				verb := f.Text(target.ChildByFieldName("attribute"))
				switch methods, ok := verbs[verb]; {
				case ok && expr.Type() == "call":
					rt := fm.route(f, r, expr, d, methods, verb == "route")
					rt.fn, rt.fnFile = fn, f
					regs = append(regs, rt)
				case verb == "before_request" || verb == "before_app_request":
					fm.hook(r, f, fn, verb == "before_app_request")
				}
				continue
			}
		}
		if gd, ok := fm.g.Decorator(f, expr); ok {
			guards = append(guards, gd)
		}
	}
	for _, rt := range regs {
		rt.decorators = guards
	}
}

func (fm *model) call(f *python.File, call *sitter.Node) {
	fnExpr := call.ChildByFieldName("function")
	if fnExpr == nil || fnExpr.Type() != "attribute" {
		return
	}
	_, last := f.Callee(call)
	if last != "add_url_rule" && last != "register_blueprint" && last != "before_request" && last != "before_app_request" {
		return
	}
	r := fm.routerOf(f, fnExpr.ChildByFieldName("object"))
	if r == nil {
		return
	}
	switch last {
	case "register_blueprint":
		child := fm.routerOf(f, f.Arg(call, 0, "blueprint"))
		if child == nil || child == r {
			return
		}
		reg := registration{parent: r}
		if p := f.Arg(call, -1, "url_prefix"); p != nil {
			reg.prefix, _ = f.StringValue(p)
			reg.set = true
		}
		child.registered = append(child.registered, reg)
	case "before_request", "before_app_request":
		sym := fm.m.Resolve(f, f.Text(f.Arg(call, 0, "f")))
		if fn := python.FuncDef(sym.Node); fn != nil {
			fm.hook(r, sym.File, fn, last == "before_app_request")
		}
	case "add_url_rule":
		view := python.Unwrap(f.Arg(call, 2, "view_func"))
		if view == nil {
			return
		}
		if view.Type() == "call" {
			// SomeView.as_view("name"): one route per method the class defines.
			if obj := view.ChildByFieldName("function"); obj != nil && obj.Type() == "attribute" && f.Text(obj.ChildByFieldName("attribute")) == "as_view" {
				sym := fm.m.Resolve(f, f.Text(obj.ChildByFieldName("object")))
				if sym.Node != nil && sym.Node.Type() == "class_definition" {
					fm.methodView(f, r, call, sym.File, sym.Node)
				}
			}
			return
		}
		sym := fm.m.Resolve(f, f.Text(view))
		rt := fm.route(f, r, call, call, nil, true)
		rt.fn, rt.fnFile = python.FuncDef(sym.Node), sym.File
		if sym.Node != nil && sym.Node.Type() == "decorated_definition" {
			rt.decorators = fm.decoratorGuards(sym.File, sym.Node)
		}
	}
}

// methodView records a MethodView registered with add_url_rule: its
// decorators class attribute covers every method.
func (fm *model) methodView(f *python.File, r *router, call *sitter.Node, cf *python.File, cls *sitter.Node) {
	var guards []web.Guard
	for _, st := range python.Children(cls.ChildByFieldName("body")) {
		if st.Type() != "expression_statement" || st.NamedChildCount() == 0 || st.NamedChild(0).Type() != "assignment" {
			continue
		}
		a := st.NamedChild(0)
		if cf.Text(a.ChildByFieldName("left")) == "decorators" {
			for _, d := range python.Children(python.Unwrap(a.ChildByFieldName("right"))) {
				if gd, ok := fm.g.Decorator(cf, d); ok {
					guards = append(guards, gd)
				}
			}
		}
	}
	for _, verb := range viewMethods {
		fn := web.Method(cf, cls, verb)
		if fn == nil {
			continue
		}
		rt := fm.route(f, r, call, call, []string{strings.ToUpper(verb)}, false)
		rt.fn, rt.fnFile, rt.decorators = fn, cf, guards
	}
}

// decoratorGuards are the guards of a decorated view's decorators.
func (fm *model) decoratorGuards(f *python.File, n *sitter.Node) []web.Guard {
	var out []web.Guard
	for _, d := range python.Children(n) {
		if d.Type() == "decorator" && d.NamedChildCount() > 0 {
			if gd, ok := fm.g.Decorator(f, d.NamedChild(0)); ok {
				out = append(out, gd)
			}
		}
	}
	return out
}

// route records a registration; call holds the rule and methods=.
func (fm *model) route(f *python.File, r *router, call, reg *sitter.Node, methods []string, readMethods bool) *route {
	rt := &route{file: f, router: r, reg: reg, methods: methods}
	rt.path, rt.pathOK = f.StringValue(f.Arg(call, 0, "rule"))
	if readMethods {
		if ms := python.Unwrap(f.Arg(call, -1, "methods")); ms != nil {
			for _, m := range python.Children(ms) {
				if s, ok := f.StringValue(m); ok {
					rt.methods = append(rt.methods, strings.ToUpper(s))
				}
			}
		} else {
			rt.methods = []string{"GET"}
		}
	}
	fm.routes = append(fm.routes, rt)
	return rt
}

// hook records a before_request hook that checks the session.
func (fm *model) hook(r *router, f *python.File, fn *sitter.Node, appWide bool) {
	g, byPath, ok := fm.g.Hook(f, fn)
	switch {
	case !ok:
	case byPath:
		r.pathHook = &g
	case appWide:
		r.appHooks = append(r.appHooks, g)
	default:
		r.hooks = append(r.hooks, g)
	}
}

// mount is one way a blueprint is reachable from an app: the URL prefix,
// the routers on the way (their before_request hooks run) and the app.
type mount struct {
	prefix string
	chain  []*router
	app    *router
}

// mounts lists the ways a router is reachable from an app through
// register_blueprint chains; a blueprint nothing registers has none.
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
	if r.app {
		return []mount{{chain: []*router{r}, app: r}}
	}
	var out []mount
	for _, reg := range r.registered {
		prefix := r.prefix
		if reg.set {
			prefix = reg.prefix
		}
		for _, pm := range fm.mounts(reg.parent, seen) {
			out = append(out, mount{prefix: strings.TrimSuffix(pm.prefix, "/") + prefix, chain: append(append([]*router{}, pm.chain...), r), app: pm.app})
		}
	}
	return out
}

func (fm *model) sites() []web.Site {
	// before_app_request hooks of a blueprint cover the app it is part of.
	appHooks := map[*router][]web.Guard{}
	for _, r := range fm.routers {
		if len(r.appHooks) == 0 {
			continue
		}
		for _, mt := range fm.mounts(r, map[*router]bool{}) {
			appHooks[mt.app] = append(appHooks[mt.app], r.appHooks...)
		}
	}
	var out []web.Site
	for _, rt := range fm.routes {
		ms := fm.mounts(rt.router, map[*router]bool{})
		notRegistered := len(ms) == 0
		if notRegistered {
			ms = []mount{{prefix: rt.router.prefix, chain: []*router{rt.router}}}
		}
		for _, mt := range ms {
			s := fm.site(rt, mt, appHooks[mt.app])
			switch {
			case notRegistered:
				s.Endpoint.Protection = endpoint.Protection{State: endpoint.Unknown, By: s.Endpoint.Protection.By,
					Why: fmt.Sprintf("blueprint %s is not registered on an app clerklint found", rt.router.name)}
			case !rt.pathOK:
				s.Endpoint.URL = ""
			}
			out = append(out, s)
		}
	}
	return out
}

func (fm *model) site(rt *route, mt mount, appHooks []web.Guard) web.Site {
	e := endpoint.Endpoint{
		Framework:    Framework,
		Kind:         endpoint.Route,
		Methods:      rt.methods,
		URL:          strings.TrimSuffix(mt.prefix, "/") + rt.path,
		Registration: endpoint.Pos{File: rt.file.Path, Line: rt.file.Line(rt.reg)},
	}
	if e.URL == "" {
		e.URL = "/"
	}
	var gs, own []web.GuardAt
	var pathHook *web.Guard
	for _, g := range appHooks {
		gs = append(gs, web.GuardAt{Guard: g, Kind: endpoint.GlobalMiddleware})
	}
	for _, r := range mt.chain {
		kind := endpoint.GroupMiddleware
		if r.app {
			kind = endpoint.GlobalMiddleware
		}
		for _, g := range r.hooks {
			gs = append(gs, web.GuardAt{Guard: g, Kind: kind})
		}
		if r.pathHook != nil {
			pathHook = r.pathHook
		}
	}
	for _, g := range rt.decorators {
		gs = append(gs, web.GuardAt{Guard: g, Kind: endpoint.RouteMiddleware})
	}
	if rt.fn != nil {
		own = fm.g.Handler(&e, rt.fnFile, rt.fn, rt.path)
		gs = append(gs, own...)
	}
	web.Judge(&e, gs)
	e.Protection = web.ByPath(e.Protection, pathHook, endpoint.GroupMiddleware, "a before_request hook")
	return web.Site{Endpoint: e, Own: own}
}
