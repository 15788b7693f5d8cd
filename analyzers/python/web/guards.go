package web

import (
	"fmt"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/python"
	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// Verdict is what a dependency, a guard object or a function called by a
// handler does about the session.
type Verdict int

const (
	NoGuard   Verdict = iota // nothing to do with the session
	Protects                 // rejects requests without a verified session
	Optional                 // verifies a session when present and returns None (or an unchecked state) otherwise: the caller must check
	TokenOnly                // requires a bearer token but does not verify it (HTTPBearer, OAuth2PasswordBearer)
	Unknown                  // auth-like, but clerklint cannot read it
)

// Guard is a Verdict with its evidence.
type Guard struct {
	Verdict Verdict
	What    string
	At      endpoint.Pos
	// unchecked is the place where an Optional result is produced and
	// never checked, for CLK102 (authenticate_request without is_signed_in).
	Unchecked *endpoint.Pos
	// Authz are the role and permission tests of a dependency function
	// (Depends(require_admin)).
	Authz []endpoint.Evidence
}

// guards classifies dependencies and functions, memoised per definition.
type Guards struct {
	m    *python.Model
	memo map[string]*Guard
}

func NewGuards(m *python.Model) *Guards { return &Guards{m: m, memo: map[string]*Guard{}} }

// AuthLike names suggest authentication: a dependency clerklint cannot read
// that is named so is taken as an unknown guard, never as no guard.
var AuthLike = lazyregexp.New(`(?i)auth|user|token|clerk|verify|protect|require|guard|jwt|login|principal|current|claims|bearer|security|permission|role|admin`)

// DependsTarget returns the argument of a Depends(...)/Security(...) call
// expression, the call itself when it has no argument (the annotation's class is
// the dependency then), or nil when n is not one.
func DependsTarget(f *python.File, n *sitter.Node) (target *sitter.Node, isDepends bool) {
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
func (g *Guards) Dependency(f *python.File, target *sitter.Node, depth int) Guard {
	if target == nil || depth > 6 {
		return Guard{Verdict: Unknown}
	}
	target = python.Unwrap(target)
	at := endpoint.Pos{File: f.Path, Line: f.Line(target)}
	text := f.Text(target)
	if target.Type() == "call" {
		return g.Construct(f, target, depth)
	}
	sym := g.m.Resolve(f, text)
	switch {
	case sym.Node != nil && python.FuncDef(sym.Node) != nil:
		return g.Function(sym.File, python.FuncDef(sym.Node), depth+1)
	case sym.Node != nil && sym.Node.Type() == "call":
		return g.Construct(sym.File, sym.Node, depth+1)
	case sym.Node != nil && sym.Node.Type() == "class_definition":
		return g.Class(sym.File, sym.Node, depth+1)
	case sym.External != "":
		if strings.HasPrefix(sym.External, "fastapi_clerk_auth.") || strings.HasPrefix(sym.External, "clerk_backend_api.") {
			return Guard{Verdict: Unknown, What: text, At: at}
		}
	}
	if AuthLike.MatchString(text) {
		return Guard{Verdict: Unknown, What: text, At: at}
	}
	return Guard{Verdict: NoGuard}
}

// construct classifies a guard built by a call: ClerkHTTPBearer(config)
// (Optional with auto_error=False), FastAPI's bearer schemes (a token, not a
// verified one), or an instance of a project class with __call__.
func (g *Guards) Construct(f *python.File, call *sitter.Node, depth int) Guard {
	dotted, last := f.Callee(call)
	at := endpoint.Pos{File: f.Path, Line: f.Line(call)}
	switch last {
	case "ClerkHTTPBearer":
		if ae := f.Arg(call, -1, "auto_error"); ae != nil && f.Text(ae) == "False" {
			return Guard{Verdict: Optional, What: "ClerkHTTPBearer(auto_error=False)", At: at, Unchecked: &at}
		}
		return Guard{Verdict: Protects, What: "ClerkHTTPBearer", At: at}
	case "HTTPBearer", "OAuth2PasswordBearer", "OAuth2AuthorizationCodeBearer", "APIKeyHeader", "APIKeyCookie", "HTTPBasic":
		return Guard{Verdict: TokenOnly, What: last + "()", At: at}
	}
	sym := g.m.Resolve(f, dotted)
	if sym.Node != nil && sym.Node.Type() == "class_definition" {
		return g.Class(sym.File, sym.Node, depth+1)
	}
	if fn := python.FuncDef(sym.Node); fn != nil {
		// A factory: def require(role): async def dep(...): ...; return dep
		if inner := ReturnedFunc(sym.File, fn); inner != nil {
			return g.Function(sym.File, inner, depth+1)
		}
	}
	if AuthLike.MatchString(dotted) {
		return Guard{Verdict: Unknown, What: f.Text(call), At: at}
	}
	return Guard{Verdict: NoGuard}
}

// class classifies a class used as a dependency: its __call__ (an instance
// used with Depends) or, failing that, its __init__ (the class itself).
func (g *Guards) Class(f *python.File, cls *sitter.Node, depth int) Guard {
	for _, name := range []string{"__call__", "__init__", "dispatch"} {
		if fn := Method(f, cls, name); fn != nil {
			if r := g.Function(f, fn, depth+1); r.Verdict != NoGuard {
				return r
			}
		}
	}
	return Guard{Verdict: NoGuard}
}

// Method returns a class's method definition by name.
func Method(f *python.File, cls *sitter.Node, name string) *sitter.Node {
	for _, st := range python.Children(cls.ChildByFieldName("body")) {
		if fn := python.FuncDef(st); fn != nil && f.Text(fn.ChildByFieldName("name")) == name {
			return fn
		}
	}
	return nil
}

// Function classifies a function used as a dependency or called by a
// handler: it protects when a sub-dependency protects, when it calls a guard
// and checks the result, when it checks authenticate_request's
// is_signed_in, when it raises or returns 401/403, or when a project
// function it calls Protects.
func (g *Guards) Function(f *python.File, fn *sitter.Node, depth int) Guard {
	key := fmt.Sprintf("%s:%d", f.Path, fn.StartByte())
	if r, ok := g.memo[key]; ok {
		return *r
	}
	g.memo[key] = &Guard{Verdict: Unknown} // recursion
	r := g.functionUncached(f, fn, depth)
	r.Authz = g.m.RoleChecks(f, fn)
	g.memo[key] = &r
	return r
}

func (g *Guards) functionUncached(f *python.File, fn *sitter.Node, depth int) Guard {
	name := f.Text(fn.ChildByFieldName("name"))
	at := endpoint.Pos{File: f.Path, Line: f.Line(fn)}
	body := fn.ChildByFieldName("body")
	best := Guard{Verdict: NoGuard}
	better := func(r Guard) {
		if rank(r.Verdict) > rank(best.Verdict) {
			best = r
		}
	}
	// Parameters: a sub-dependency (user: CurrentUser too).
	for _, p := range g.params(f, fn) {
		if p.Dep == nil {
			continue
		}
		r := g.ParamGuard(f, p, depth)
		if r.Verdict == Optional && !returnsName(f, body, p.Name) {
			r = OptionalParam(f, body, p, r, name)
		}
		better(r)
	}
	// Body: guard calls, authenticate_request, 401s, protecting helpers.
	python.WalkBody(body, func(n *sitter.Node) bool {
		switch n.Type() {
		case "call":
			dotted, last := f.Callee(n)
			switch {
			case last == "abort" && rejectStatus.MatchString(f.Text(n)):
				// Flask's abort(401) raises.
				better(Guard{Verdict: Protects, What: name, At: at})
			case last == "authenticate_request" && python.FuncDef(g.m.Resolve(f, dotted).Node) == nil:
				state := assignedName(f, n)
				callAt := endpoint.Pos{File: f.Path, Line: f.Line(n)}
				if checksSignedIn(f, body) {
					better(Guard{Verdict: Protects, What: name + " (authenticate_request, is_signed_in checked)", At: callAt})
				} else {
					better(Guard{Verdict: Optional, What: "authenticate_request(...) in " + name + " (" + state + ".is_signed_in never checked)", At: callAt, Unchecked: &callAt})
				}
			default:
				sym := g.m.Resolve(f, dotted)
				var r Guard
				switch {
				case sym.Node == nil && (last == "verify_token" || last == "verify_jwt" || last == "authenticate"):
					// A verifier from a package: it may raise, clerklint cannot tell.
					r = Guard{Verdict: Unknown, What: dotted, At: endpoint.Pos{File: f.Path, Line: f.Line(n)}}
				case sym.Node != nil && sym.Node.Type() == "call":
					r = g.Construct(sym.File, sym.Node, depth+1)
					if r.Verdict == TokenOnly || strings.HasPrefix(r.What, "ClerkHTTPBearer") && !awaited(n) {
						// ClerkHTTPBearer's __call__ is a coroutine: called
						// without await it verifies nothing.
						r = Guard{}
					}
				case sym.Node != nil && python.FuncDef(sym.Node) != nil && depth < 6:
					r = g.Function(sym.File, python.FuncDef(sym.Node), depth+1)
				}
				if r.Verdict == Optional {
					if v := assignedName(f, n); v != "" && checksName(f, body, v) {
						r = Guard{Verdict: Protects, What: name + " (checks " + v + ")", At: at}
					} else if testedAndExits(f, n) {
						// if not is_signed_in(request): raise ...
						r = Guard{Verdict: Protects, What: name + " (checks " + dotted + "())", At: at}
					} else if v == "" && !returnsCall(n) {
						r.Verdict = NoGuard
					} else {
						r.What = name + "() (the result of " + r.What + ")"
					}
				}
				if r.Verdict == Protects {
					r.What = dotted + "()"
					r.At = endpoint.Pos{File: f.Path, Line: f.Line(n)}
				}
				better(r)
			}
		case "raise_statement", "return_statement":
			if rejects(f, n) {
				better(Guard{Verdict: Protects, What: name, At: at})
			}
		}
		return true
	})
	if best.Verdict == Protects && best.What == "" {
		best.What = name
	}
	return best
}

func rank(v Verdict) int {
	return map[Verdict]int{NoGuard: 0, TokenOnly: 1, Unknown: 2, Optional: 3, Protects: 4}[v]
}

// rejectStatus matches a 401 or 403 status in a raise or return.
var rejectStatus = lazyregexp.New(`\b40[13]\b|HTTP_40[13]_|UNAUTHORIZED|FORBIDDEN|Unauthorized|Forbidden|NotAuthenticated|PermissionDenied|AuthenticationFailed`)

// rejects reports whether a raise or return statement answers 401/403.
func rejects(f *python.File, n *sitter.Node) bool {
	return rejectStatus.MatchString(f.Text(n))
}

type Param struct {
	Name string
	Node *sitter.Node
	Dep  *sitter.Node // the Depends/Security call, default or in Annotated
	// DepFile is the module holding Dep when an Annotated alias brought it
	// from elsewhere (params); nil when Dep is in the function's own.
	DepFile *python.File
	Type    *sitter.Node
}

// Params lists a function's parameters with their Depends() calls.
func Params(f *python.File, fn *sitter.Node) []Param {
	var out []Param
	for _, p := range python.Children(fn.ChildByFieldName("parameters")) {
		pr := Param{Node: p}
		switch p.Type() {
		case "identifier":
			pr.Name = f.Text(p)
		case "typed_parameter":
			if id := p.NamedChild(0); id != nil {
				pr.Name = f.Text(id)
			}
			pr.Type = p.ChildByFieldName("type")
		case "default_parameter", "typed_default_parameter":
			pr.Name = f.Text(p.ChildByFieldName("name"))
			pr.Type = p.ChildByFieldName("type")
			if _, ok := DependsTarget(f, p.ChildByFieldName("value")); ok {
				pr.Dep = python.Unwrap(p.ChildByFieldName("value"))
			}
		default:
			continue
		}
		if pr.Dep == nil && pr.Type != nil {
			// Annotated[User, Depends(get_user)]
			pr.Dep = firstDepends(f, pr.Type)
		}
		out = append(out, pr)
	}
	return out
}

// firstDepends returns the first Depends()/Security() call within n (an
// annotation: Annotated[User, Depends(get_user)]), or nil.
func firstDepends(f *python.File, n *sitter.Node) *sitter.Node {
	var dep *sitter.Node
	python.Walk(n, func(c *sitter.Node) bool {
		if _, ok := DependsTarget(f, c); ok && dep == nil {
			dep = c
		}
		return dep == nil
	})
	return dep
}

// params lists a function's parameters (Params) with the Depends() of a
// module-level alias of Annotated[T, Depends(...)] filled in (claims:
// Claims, db: SessionDep): a dependency fills such a parameter, not the
// request. Handlers and dependency functions both read them here, so each
// alias is resolved once per function.
func (g *Guards) params(f *python.File, fn *sitter.Node) []Param {
	ps := Params(f, fn)
	for i := range ps {
		if af, dep := g.aliasDepends(f, ps[i]); dep != nil {
			// The alias's Depends() is in its own module; the annotation
			// names no class of this one.
			ps[i].Dep, ps[i].DepFile, ps[i].Type = dep, af, nil
		}
	}
	return ps
}

// aliasDepends returns the Depends() call of a parameter annotated with a
// module-level alias of Annotated[T, Depends(...)], and the module holding
// it, or nil.
func (g *Guards) aliasDepends(f *python.File, p Param) (*python.File, *sitter.Node) {
	if p.Dep != nil || p.Type == nil {
		return nil, nil
	}
	t := p.Type
	if t.Type() == "type" && t.NamedChildCount() == 1 {
		t = t.NamedChild(0)
	}
	if t.Type() != "identifier" && t.Type() != "attribute" {
		return nil, nil
	}
	sym := g.m.Resolve(f, f.Text(t))
	if sym.Node == nil || sym.Node.Type() != "subscript" || !strings.HasPrefix(sym.File.Text(sym.Node), "Annotated[") {
		return nil, nil
	}
	if dep := firstDepends(sym.File, sym.Node); dep != nil {
		return sym.File, dep
	}
	return nil, nil
}

// ParamGuard classifies a parameter's Depends(): Depends() without an
// argument depends on the annotated class.
func (g *Guards) ParamGuard(f *python.File, p Param, depth int) Guard {
	if p.DepFile != nil {
		f = p.DepFile
	}
	target, _ := DependsTarget(f, p.Dep)
	if target == nil && p.Type != nil {
		t := p.Type
		if t.NamedChildCount() > 0 {
			t = t.NamedChild(0)
		}
		if t.Type() == "identifier" || t.Type() == "attribute" {
			target = t
		}
	}
	return g.Dependency(f, target, depth+1)
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
			if mentions(f, n.ChildByFieldName("condition"), name) && exits(f, n.ChildByFieldName("consequence")) {
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
				if exits(f, n.ChildByFieldName("consequence")) || exits(f, n.ChildByFieldName("alternative")) {
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

// exits reports whether a block raises or returns (Flask's abort() raises).
func exits(f *python.File, block *sitter.Node) bool {
	found := false
	python.WalkBody(block, func(n *sitter.Node) bool {
		if n.Type() == "raise_statement" || n.Type() == "return_statement" {
			found = true
		}
		if n.Type() == "call" {
			if _, last := f.Callee(n); last == "abort" {
				found = true
			}
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

// testedAndExits reports whether a call is (part of) the condition of an
// if statement whose branch raises or returns.
func testedAndExits(f *python.File, call *sitter.Node) bool {
	child := call
	for p := call.Parent(); p != nil; child, p = p, p.Parent() {
		switch p.Type() {
		case "await", "parenthesized_expression", "not_operator", "boolean_operator", "comparison_operator":
			continue
		case "if_statement":
			cond := p.ChildByFieldName("condition")
			return cond != nil && cond.StartByte() == child.StartByte() && cond.EndByte() == child.EndByte() &&
				(exits(f, p.ChildByFieldName("consequence")) || exits(f, p.ChildByFieldName("alternative")))
		}
		return false
	}
	return false
}

// awaited reports whether a call's result is awaited.
func awaited(call *sitter.Node) bool {
	for p := call.Parent(); p != nil; p = p.Parent() {
		switch p.Type() {
		case "await":
			return true
		case "parenthesized_expression":
			continue
		}
		return false
	}
	return false
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

// ReturnedFunc returns the nested function a factory returns by name.
func ReturnedFunc(f *python.File, fn *sitter.Node) *sitter.Node {
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

// optionalParam judges a parameter holding an Optional session (None when
// signed out) by what the function does with it: a test that exits
// Protects; a use without any test is CLK102's (unchecked set to the
// parameter); a test that does not exit (`if creds: ...`), or no use at all
// (declared for an endpoint that serves everyone), is Optional sign-in by
// design: fail-open, not reported.
func OptionalParam(f *python.File, body *sitter.Node, p Param, r Guard, fnName string) Guard {
	at := endpoint.Pos{File: f.Path, Line: f.Line(p.Node)}
	switch {
	case checksName(f, body, p.Name):
		return Guard{Verdict: Protects, What: fnName + " (checks " + p.Name + ")", At: at}
	case mentions(f, body, p.Name) && !testsName(f, body, p.Name):
		if !strings.Contains(r.What, "authenticate_request") {
			r.Unchecked = &at
		}
		return r
	}
	// Tested, or declared and never used: sign-in is Optional by design.
	r.Unchecked = nil
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
