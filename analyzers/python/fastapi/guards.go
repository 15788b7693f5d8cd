package fastapi

import (
	"fmt"
	"regexp"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/python"
)

// verdict is what a dependency, a guard object or a function called by a
// handler does about the session.
type verdict int

const (
	none      verdict = iota // nothing to do with the session
	protects                 // rejects requests without a verified session
	optional                 // verifies a session when present and returns None (or an unchecked state) otherwise: the caller must check
	tokenOnly                // requires a bearer token but does not verify it (HTTPBearer, OAuth2PasswordBearer)
	unknown                  // auth-like, but clerklint cannot read it
)

// guard is a verdict with its evidence.
type guard struct {
	v    verdict
	what string
	at   endpoint.Pos
	// unchecked is the place where an optional result is produced and
	// never checked, for CLK102 (authenticate_request without is_signed_in).
	unchecked *endpoint.Pos
	// authz are the role and permission tests of a dependency function
	// (Depends(require_admin)).
	authz []endpoint.Evidence
}

// guards classifies dependencies and functions, memoised per definition.
type guards struct {
	m    *python.Model
	memo map[string]*guard
}

func newGuards(m *python.Model) *guards { return &guards{m: m, memo: map[string]*guard{}} }

// authLike names suggest authentication: a dependency clerklint cannot read
// that is named so is taken as an unknown guard, never as no guard.
var authLike = regexp.MustCompile(`(?i)auth|user|token|clerk|verify|protect|require|guard|jwt|login|principal|current|claims|bearer|security|permission|role|admin`)

// dependsTarget returns the argument of a Depends(...)/Security(...) call
// expression, the call itself when it has none (the annotation's class is
// the dependency then), or nil when n is not one.
func dependsTarget(f *python.File, n *sitter.Node) (target *sitter.Node, isDepends bool) {
	n = python.Unwrap(n)
	if n == nil || n.Type() != "call" {
		return nil, false
	}
	_, last := f.Callee(n)
	if last != "Depends" && last != "Security" {
		return nil, false
	}
	return f.Arg(n, 0, "dependency"), true
}

// dependency classifies the target expression of a Depends(): a name of a
// function, a guard object, a class, or a call building a guard.
func (g *guards) dependency(f *python.File, target *sitter.Node, depth int) guard {
	if target == nil || depth > 6 {
		return guard{v: unknown}
	}
	target = python.Unwrap(target)
	at := endpoint.Pos{File: f.Path, Line: f.Line(target)}
	text := f.Text(target)
	if target.Type() == "call" {
		return g.construct(f, target, depth)
	}
	sym := g.m.Resolve(f, text)
	switch {
	case sym.Node != nil && python.FuncDef(sym.Node) != nil:
		return g.function(sym.File, python.FuncDef(sym.Node), depth+1)
	case sym.Node != nil && sym.Node.Type() == "call":
		return g.construct(sym.File, sym.Node, depth+1)
	case sym.Node != nil && sym.Node.Type() == "class_definition":
		return g.class(sym.File, sym.Node, depth+1)
	case sym.External != "":
		if strings.HasPrefix(sym.External, "fastapi_clerk_auth.") || strings.HasPrefix(sym.External, "clerk_backend_api.") {
			return guard{v: unknown, what: text, at: at}
		}
	}
	if authLike.MatchString(text) {
		return guard{v: unknown, what: text, at: at}
	}
	return guard{v: none}
}

// construct classifies a guard built by a call: ClerkHTTPBearer(config)
// (optional with auto_error=False), FastAPI's bearer schemes (a token, not a
// verified one), or an instance of a project class with __call__.
func (g *guards) construct(f *python.File, call *sitter.Node, depth int) guard {
	dotted, last := f.Callee(call)
	at := endpoint.Pos{File: f.Path, Line: f.Line(call)}
	switch last {
	case "ClerkHTTPBearer":
		if ae := f.Arg(call, -1, "auto_error"); ae != nil && f.Text(ae) == "False" {
			return guard{v: optional, what: "ClerkHTTPBearer(auto_error=False)", at: at, unchecked: &at}
		}
		return guard{v: protects, what: "ClerkHTTPBearer", at: at}
	case "HTTPBearer", "OAuth2PasswordBearer", "OAuth2AuthorizationCodeBearer", "APIKeyHeader", "APIKeyCookie", "HTTPBasic":
		return guard{v: tokenOnly, what: last + "()", at: at}
	}
	sym := g.m.Resolve(f, dotted)
	if sym.Node != nil && sym.Node.Type() == "class_definition" {
		return g.class(sym.File, sym.Node, depth+1)
	}
	if fn := python.FuncDef(sym.Node); fn != nil {
		// A factory: def require(role): async def dep(...): ...; return dep
		if inner := returnedFunc(sym.File, fn); inner != nil {
			return g.function(sym.File, inner, depth+1)
		}
	}
	if authLike.MatchString(dotted) {
		return guard{v: unknown, what: f.Text(call), at: at}
	}
	return guard{v: none}
}

// class classifies a class used as a dependency: its __call__ (an instance
// used with Depends) or, failing that, its __init__ (the class itself).
func (g *guards) class(f *python.File, cls *sitter.Node, depth int) guard {
	for _, name := range []string{"__call__", "__init__", "dispatch"} {
		if fn := method(f, cls, name); fn != nil {
			if r := g.function(f, fn, depth+1); r.v != none {
				return r
			}
		}
	}
	return guard{v: none}
}

// method returns a class's method definition by name.
func method(f *python.File, cls *sitter.Node, name string) *sitter.Node {
	for _, st := range python.Children(cls.ChildByFieldName("body")) {
		if fn := python.FuncDef(st); fn != nil && f.Text(fn.ChildByFieldName("name")) == name {
			return fn
		}
	}
	return nil
}

// function classifies a function used as a dependency or called by a
// handler: it protects when a sub-dependency protects, when it calls a guard
// and checks the result, when it checks authenticate_request's
// is_signed_in, when it raises or returns 401/403, or when a project
// function it calls protects.
func (g *guards) function(f *python.File, fn *sitter.Node, depth int) guard {
	key := fmt.Sprintf("%s:%d", f.Path, fn.StartByte())
	if r, ok := g.memo[key]; ok {
		return *r
	}
	g.memo[key] = &guard{v: unknown} // recursion
	r := g.functionUncached(f, fn, depth)
	r.authz = g.m.RoleChecks(f, fn)
	g.memo[key] = &r
	return r
}

func (g *guards) functionUncached(f *python.File, fn *sitter.Node, depth int) guard {
	name := f.Text(fn.ChildByFieldName("name"))
	at := endpoint.Pos{File: f.Path, Line: f.Line(fn)}
	body := fn.ChildByFieldName("body")
	best := guard{v: none}
	better := func(r guard) {
		if rank(r.v) > rank(best.v) {
			best = r
		}
	}
	// Parameters: a sub-dependency.
	for _, p := range params(f, fn) {
		if p.dep == nil {
			continue
		}
		r := g.paramGuard(f, p, depth)
		if r.v == optional && !returnsName(f, body, p.name) {
			r = optionalParam(f, body, p, r, name)
		}
		better(r)
	}
	// Body: guard calls, authenticate_request, 401s, protecting helpers.
	python.WalkBody(body, func(n *sitter.Node) bool {
		switch n.Type() {
		case "call":
			dotted, last := f.Callee(n)
			switch {
			case last == "authenticate_request":
				state := assignedName(f, n)
				callAt := endpoint.Pos{File: f.Path, Line: f.Line(n)}
				if checksSignedIn(f, body) {
					better(guard{v: protects, what: name + " (authenticate_request, is_signed_in checked)", at: callAt})
				} else {
					better(guard{v: optional, what: "authenticate_request(...) in " + name + " (" + state + ".is_signed_in never checked)", at: callAt, unchecked: &callAt})
				}
			default:
				sym := g.m.Resolve(f, dotted)
				var r guard
				switch {
				case sym.Node == nil && (last == "verify_token" || last == "verify_jwt" || last == "authenticate"):
					// A verifier from a package: it may raise, clerklint cannot tell.
					r = guard{v: unknown, what: dotted, at: endpoint.Pos{File: f.Path, Line: f.Line(n)}}
				case sym.Node != nil && sym.Node.Type() == "call":
					r = g.construct(sym.File, sym.Node, depth+1)
					if r.v == tokenOnly {
						r.v = none
					}
				case sym.Node != nil && python.FuncDef(sym.Node) != nil && depth < 6:
					r = g.function(sym.File, python.FuncDef(sym.Node), depth+1)
				}
				if r.v == optional {
					if v := assignedName(f, n); v != "" && checksName(f, body, v) {
						r = guard{v: protects, what: name + " (checks " + v + ")", at: at}
					} else if v == "" && !returnsCall(n) {
						r.v = none
					} else {
						r.what = name + "() (the result of " + r.what + ")"
					}
				}
				if r.v == protects {
					r.what = dotted + "()"
					r.at = endpoint.Pos{File: f.Path, Line: f.Line(n)}
				}
				better(r)
			}
		case "raise_statement", "return_statement":
			if rejects(f, n) {
				better(guard{v: protects, what: name, at: at})
			}
		}
		return true
	})
	if best.v == protects && best.what == "" {
		best.what = name
	}
	return best
}

func rank(v verdict) int {
	return map[verdict]int{none: 0, tokenOnly: 1, unknown: 2, optional: 3, protects: 4}[v]
}

// rejectStatus matches a 401 or 403 status in a raise or return.
var rejectStatus = regexp.MustCompile(`\b40[13]\b|HTTP_40[13]_|UNAUTHORIZED|FORBIDDEN|Unauthorized|Forbidden|NotAuthenticated|PermissionDenied|AuthenticationFailed`)

// rejects reports whether a raise or return statement answers 401/403.
func rejects(f *python.File, n *sitter.Node) bool {
	return rejectStatus.MatchString(f.Text(n))
}

type param struct {
	name string
	node *sitter.Node
	dep  *sitter.Node // the Depends/Security call, default or in Annotated
	typ  *sitter.Node
}

// params lists a function's parameters with their Depends() calls.
func params(f *python.File, fn *sitter.Node) []param {
	var out []param
	for _, p := range python.Children(fn.ChildByFieldName("parameters")) {
		pr := param{node: p}
		switch p.Type() {
		case "identifier":
			pr.name = f.Text(p)
		case "typed_parameter":
			if id := p.NamedChild(0); id != nil {
				pr.name = f.Text(id)
			}
			pr.typ = p.ChildByFieldName("type")
		case "default_parameter", "typed_default_parameter":
			pr.name = f.Text(p.ChildByFieldName("name"))
			pr.typ = p.ChildByFieldName("type")
			if _, ok := dependsTarget(f, p.ChildByFieldName("value")); ok {
				pr.dep = python.Unwrap(p.ChildByFieldName("value"))
			}
		default:
			continue
		}
		if pr.dep == nil && pr.typ != nil {
			// Annotated[User, Depends(get_user)]
			python.Walk(pr.typ, func(n *sitter.Node) bool {
				if _, ok := dependsTarget(f, n); ok && pr.dep == nil {
					pr.dep = n
				}
				return pr.dep == nil
			})
		}
		out = append(out, pr)
	}
	return out
}

// paramGuard classifies a parameter's Depends(): Depends() without an
// argument depends on the annotated class.
func (g *guards) paramGuard(f *python.File, p param, depth int) guard {
	target, _ := dependsTarget(f, p.dep)
	if target == nil && p.typ != nil {
		t := p.typ
		if t.NamedChildCount() > 0 {
			t = t.NamedChild(0)
		}
		if t.Type() == "identifier" || t.Type() == "attribute" {
			target = t
		}
	}
	return g.dependency(f, target, depth+1)
}

// checksName reports whether body tests name and exits (raise or return)
// when the test holds: `if not user: raise HTTPException(401)`, `if user is
// None: return ...`, `assert user`.
func checksName(f *python.File, body *sitter.Node, name string) bool {
	found := false
	python.WalkBody(body, func(n *sitter.Node) bool {
		if found {
			return false
		}
		switch n.Type() {
		case "if_statement":
			if mentions(f, n.ChildByFieldName("condition"), name) && exits(n.ChildByFieldName("consequence")) {
				found = true
			}
		case "assert_statement":
			if mentions(f, n, name) {
				found = true
			}
		}
		return true
	})
	return found
}

// checksSignedIn reports whether body tests a request state's is_signed_in
// (or is_authenticated) and exits on the failing branch, or returns the
// test's result for its caller.
func checksSignedIn(f *python.File, body *sitter.Node) bool {
	found := false
	python.WalkBody(body, func(n *sitter.Node) bool {
		if found {
			return false
		}
		switch n.Type() {
		case "if_statement":
			cond := f.Text(n.ChildByFieldName("condition"))
			if strings.Contains(cond, "is_signed_in") || strings.Contains(cond, "is_authenticated") {
				if exits(n.ChildByFieldName("consequence")) || exits(n.ChildByFieldName("alternative")) {
					found = true
				}
			}
		case "assert_statement":
			found = strings.Contains(f.Text(n), "is_signed_in")
		}
		return true
	})
	return found
}

// mentions reports whether an expression reads name (as itself or as the
// object of an attribute).
func mentions(f *python.File, expr *sitter.Node, name string) bool {
	found := false
	python.Walk(expr, func(n *sitter.Node) bool {
		if n.Type() == "identifier" && f.Text(n) == name {
			found = true
		}
		return !found
	})
	return found
}

// exits reports whether a block raises or returns.
func exits(block *sitter.Node) bool {
	found := false
	python.WalkBody(block, func(n *sitter.Node) bool {
		if n.Type() == "raise_statement" || n.Type() == "return_statement" {
			found = true
		}
		return !found
	})
	return found
}

// returnsName reports whether body returns name itself, handing the check
// to its caller.
func returnsName(f *python.File, body *sitter.Node, name string) bool {
	found := false
	python.WalkBody(body, func(n *sitter.Node) bool {
		if n.Type() == "return_statement" && n.NamedChildCount() > 0 && f.Text(python.Unwrap(n.NamedChild(0))) == name {
			found = true
		}
		return !found
	})
	return found
}

// returnsCall reports whether a call is the value of a return statement.
func returnsCall(call *sitter.Node) bool {
	for p := call.Parent(); p != nil; p = p.Parent() {
		switch p.Type() {
		case "await", "parenthesized_expression":
			continue
		case "return_statement":
			return true
		}
		return false
	}
	return false
}

// assignedName returns the variable a call's result is assigned to
// (`state = sdk.authenticate_request(...)`), or "".
func assignedName(f *python.File, call *sitter.Node) string {
	for p := call.Parent(); p != nil; p = p.Parent() {
		switch p.Type() {
		case "await", "parenthesized_expression":
			continue
		case "assignment":
			if l := p.ChildByFieldName("left"); l != nil && l.Type() == "identifier" {
				return f.Text(l)
			}
		}
		return ""
	}
	return ""
}

// returnedFunc returns the nested function a factory returns by name.
func returnedFunc(f *python.File, fn *sitter.Node) *sitter.Node {
	var out *sitter.Node
	body := fn.ChildByFieldName("body")
	python.WalkBody(body, func(n *sitter.Node) bool {
		if n.Type() != "return_statement" || n.NamedChildCount() == 0 || out != nil {
			return out == nil
		}
		name := f.Text(n.NamedChild(0))
		for _, st := range python.Children(body) {
			if d := python.FuncDef(st); d != nil && f.Text(d.ChildByFieldName("name")) == name {
				out = d
			}
		}
		return out == nil
	})
	return out
}

// optionalParam judges a parameter holding an optional session (None when
// signed out) by what the function does with it: a test that exits
// protects; a use without any test is CLK102's (unchecked set to the
// parameter); a test that does not exit (`if creds: ...`), or no use at all
// (declared for an endpoint that serves everyone), is optional sign-in by
// design: fail-open, not reported.
func optionalParam(f *python.File, body *sitter.Node, p param, r guard, fnName string) guard {
	at := endpoint.Pos{File: f.Path, Line: f.Line(p.node)}
	switch {
	case checksName(f, body, p.name):
		return guard{v: protects, what: fnName + " (checks " + p.name + ")", at: at}
	case mentions(f, body, p.name) && !testsName(f, body, p.name):
		if !strings.Contains(r.what, "authenticate_request") {
			r.unchecked = &at
		}
		return r
	}
	// Tested, or declared and never used: sign-in is optional by design.
	r.unchecked = nil
	return r
}

// testsName reports whether body tests name in a condition.
func testsName(f *python.File, body *sitter.Node, name string) bool {
	found := false
	python.WalkBody(body, func(n *sitter.Node) bool {
		if found {
			return false
		}
		var cond *sitter.Node
		switch n.Type() {
		case "if_statement", "elif_clause", "while_statement":
			cond = n.ChildByFieldName("condition")
		case "conditional_expression", "boolean_operator", "not_operator":
			cond = n
		case "comparison_operator":
			if strings.Contains(f.Text(n), "None") {
				cond = n
			}
		}
		found = cond != nil && mentions(f, cond, name)
		return !found
	})
	return found
}
