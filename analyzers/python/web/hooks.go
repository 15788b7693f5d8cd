package web

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/python"
	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// pathTest matches middleware or a request hook that reads the request
// path or the matched endpoint: it protects some paths, which clerklint does
// not evaluate.
var pathTest = lazyregexp.New(`\burl\.path\b|\bscope\[["']path["']\]|\.path\b|\.path_info\b|request\.endpoint\b|request\.url_rule\b|resolver_match\b|\.blueprint\b`)

// Hook judges a function that runs before every request of an app or a
// group of routes (FastAPI/Starlette middleware, Flask's before_request,
// Django middleware): its guard, the function's name as evidence when it
// protects, and whether it decides by request path. ok is false when it does
// nothing about the session.
func (g *Guards) Hook(f *python.File, fn *sitter.Node) (r Guard, byPath, ok bool) {
	r = g.Function(f, fn, 0)
	if r.Verdict == NoGuard {
		return r, false, false
	}
	if r.Verdict == Protects {
		r.What = "middleware " + f.Text(fn.ChildByFieldName("name"))
		r.At = endpoint.Pos{File: f.Path, Line: f.Line(fn)}
	}
	return r, pathTest.MatchString(f.Text(fn.ChildByFieldName("body"))), true
}

// Decorator judges a decorator on a view by the function that ends up
// running in front of it: `@clerk_auth_required` (a project function
// returning its wrapper), `@require_role("admin")` (a factory returning the
// decorator). A decorator from a package named like auth (login_required)
// is a guard clerklint cannot read; ok is false for anything else.
func (g *Guards) Decorator(f *python.File, expr *sitter.Node) (Guard, bool) {
	expr = python.Unwrap(expr)
	if expr == nil {
		return Guard{}, false
	}
	target := expr
	if expr.Type() == "call" {
		target = expr.ChildByFieldName("function")
	}
	at := endpoint.Pos{File: f.Path, Line: f.Line(expr)}
	sym := g.m.Resolve(f, f.Text(target))
	fn := python.FuncDef(sym.Node)
	if fn == nil {
		if AuthLike.MatchString(f.Text(target)) {
			return Guard{Verdict: Unknown, What: "@" + f.Text(expr), At: at}, true
		}
		return Guard{}, false
	}
	file := sym.File
	// A factory's result is the decorator; a decorator's result is the
	// wrapper that runs.
	for i := 0; i < 2; i++ {
		inner := ReturnedFunc(file, fn)
		if inner == nil {
			break
		}
		fn = inner
	}
	r := g.Function(file, fn, 0)
	if r.Verdict == NoGuard {
		return r, false
	}
	if r.Verdict == Protects {
		r.What = "@" + f.Text(expr)
		r.At = at
	}
	return r, true
}

// ByPath is the protection of an endpoint behind a hook that decides by
// request path (Hook's byPath): nothing else protecting it, clerklint does
// not evaluate the hook's paths and leaves the endpoint not judged. what
// names the hook for the reader ("the app's middleware").
func ByPath(p endpoint.Protection, hook *Guard, kind endpoint.EvidenceKind, what string) endpoint.Protection {
	if hook == nil || p.State != endpoint.Unprotected {
		return p
	}
	return endpoint.Protection{State: endpoint.Unknown, By: []endpoint.Evidence{{Kind: kind, What: hook.What, At: hook.At}},
		Why: what + " checks the session for some request paths; clerklint does not evaluate which"}
}
