package fastapi

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/python"
	"github.com/clerklint/clerklint/analyzers/python/web"
)

// starlette reads the route and middleware lists an app or router is
// built with: Starlette(routes=[Route(...), Mount(...)], middleware=[
// Middleware(cls)]), FastAPI(routes=...), APIRouter(routes=...).
func (fm *model) starlette(r *router) {
	if r.decl == nil {
		return
	}
	f := r.file
	fm.routeList(r, f, f.Arg(r.decl, -1, "routes"), "", 0)
	for _, mw := range python.Children(fm.list(f, f.Arg(r.decl, -1, "middleware"))) {
		if mw.Type() == "call" {
			if _, last := f.Callee(mw); last == "Middleware" {
				fm.middlewareClass(r, f, f.Arg(mw, 0, "cls"), mw)
			}
		}
	}
}

// list resolves a list argument given inline or by a module-level name.
func (fm *model) list(f *python.File, n *sitter.Node) *sitter.Node {
	n = python.Unwrap(n)
	if n != nil && n.Type() == "identifier" {
		n = python.Unwrap(f.Defs[f.Text(n)])
	}
	if n == nil || (n.Type() != "list" && n.Type() != "tuple") {
		return nil
	}
	return n
}

// routeList records Route, WebSocketRoute and Mount entries under a prefix
// on router r.
func (fm *model) routeList(r *router, f *python.File, list *sitter.Node, prefix string, depth int) {
	if depth > 8 {
		return
	}
	for _, e := range python.Children(fm.list(f, list)) {
		if e.Type() != "call" {
			continue
		}
		_, last := f.Callee(e)
		p, ok := f.StringValue(f.Arg(e, 0, "path"))
		switch last {
		case "Route", "WebSocketRoute", "APIRoute", "APIWebSocketRoute":
			ep := f.Arg(e, 1, "endpoint")
			if ep == nil {
				continue
			}
			methods := []string{"GET"}
			if strings.Contains(last, "WebSocket") {
				methods = []string{"WEBSOCKET"}
			} else if ms := python.Unwrap(f.Arg(e, -1, "methods")); ms != nil {
				methods = nil
				for _, m := range python.Children(ms) {
					if s, ok := f.StringValue(m); ok {
						methods = append(methods, strings.ToUpper(s))
					}
				}
			}
			sym := fm.m.Resolve(f, f.Text(ep))
			if sym.Node != nil && sym.Node.Type() == "class_definition" {
				// An HTTPEndpoint class: one route per method it defines.
				for _, verb := range []string{"get", "post", "put", "patch", "delete"} {
					if fn := web.Method(sym.File, sym.Node, verb); fn != nil {
						fm.listRoute(r, f, e, prefix+p, ok, fn, sym.File, []string{strings.ToUpper(verb)})
					}
				}
				continue
			}
			fm.listRoute(r, f, e, prefix+p, ok, python.FuncDef(sym.Node), sym.File, methods)
		case "Mount", "Host":
			if !ok {
				continue
			}
			if routes := f.Arg(e, -1, "routes"); routes != nil {
				fm.routeList(r, f, routes, prefix+p, depth+1)
			} else if child := fm.routerOf(f, f.Arg(e, 1, "app")); child != nil && child != r {
				child.includes = append(child.includes, include{parent: r, prefix: prefix + p})
			}
		}
	}
}

// listRoute records one entry of a route list.
func (fm *model) listRoute(r *router, f *python.File, reg *sitter.Node, path string, pathOK bool, fn *sitter.Node, fnFile *python.File, methods []string) {
	rt := &route{file: f, router: r, reg: reg, fn: fn, fnFile: fnFile, methods: methods, path: path, pathOK: pathOK}
	if fn != nil {
		rt.deps = fm.decoratorDeps(fnFile, fn)
	}
	fm.routes = append(fm.routes, rt)
}

// decoratorDeps are the guards of a handler's decorators: Starlette's
// @requires("authenticated") rejects requests AuthenticationMiddleware did
// not authenticate; a project decorator counts by what its wrapper does.
func (fm *model) decoratorDeps(f *python.File, fn *sitter.Node) []dep {
	def := fn.Parent()
	if def == nil || def.Type() != "decorated_definition" {
		return nil
	}
	var out []dep
	for _, d := range python.Children(def) {
		if d.Type() != "decorator" || d.NamedChildCount() == 0 {
			continue
		}
		expr := d.NamedChild(0)
		at := endpoint.Pos{File: f.Path, Line: f.Line(expr)}
		if expr.Type() == "call" {
			if mod, orig, ok := f.ImportedFrom(f.Text(expr.ChildByFieldName("function"))); ok && orig == "requires" && strings.HasPrefix(mod, "starlette") {
				out = append(out, dep{g: web.Guard{Verdict: web.Protects, What: "@" + f.Text(expr), At: at}, kind: endpoint.RouteMiddleware})
				continue
			}
		}
		if g, ok := fm.g.Decorator(f, expr); ok {
			out = append(out, dep{g: g, kind: endpoint.RouteMiddleware})
		}
	}
	return out
}
