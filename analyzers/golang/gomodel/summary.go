package gomodel

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// SourceKind says how a session source signals that there is no session.
type SourceKind int

// Session source kinds.
const (
	// SourceOK: (claims, ok bool), e.g. clerk.SessionClaimsFromContext.
	SourceOK SourceKind = iota + 1
	// SourceErr: (claims, err error), e.g. jwt.Verify.
	SourceErr
	// SourceNil: a claims pointer that is nil without a session.
	SourceNil
)

// sessionSource reports whether call reads session claims and how absence is
// signalled: the SDK functions, and same- or other-package helpers known by
// their facts to return claims.
func (m *model) sessionSource(call *ast.CallExpr) SourceKind {
	fn := Callee(m.info, call)
	if fn == nil {
		return m.funcVarFlags(call).Getter()
	}
	switch {
	case IsFunc(fn, ClerkPath, "SessionClaimsFromContext"), IsFunc(fn, ClerkV1Path, "SessionFromContext"):
		return SourceOK
	case IsFunc(fn, ClerkJWTPath, "Verify"), IsMethod(fn, ClerkV1Path, "VerifyToken"):
		return SourceErr
	}
	return m.funcFlags(fn).Getter()
}

// funcVarFlags returns the flags of the function a call of a function
// variable runs, as a declared function's would be: a variable of this
// package with one value, a literal (`var RequiresAuth = func(r
// *http.Request) (*clerk.User, error) { … }`, kept a variable so tests can
// swap it) or a named function, or a package-level variable of another
// package, by its fact. A variable assigned twice is not followed.
func (m *model) funcVarFlags(call *ast.CallExpr) Flags {
	v, ok := m.useOf(call.Fun).(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil {
		return 0
	}
	if v.Pkg() != m.pass.Pkg {
		if v.Parent() != v.Pkg().Scope() {
			return 0
		}
		f, _ := m.varFlags(v)
		return f
	}
	return m.funcValueFlags(m.values[v])
}

// funcValueFlags returns the flags of a function value: a literal's, or a
// named function's.
func (m *model) funcValueFlags(val ast.Expr) Flags {
	switch x := ast.Unparen(val).(type) {
	case *ast.FuncLit:
		return m.flags[x]
	case *ast.Ident, *ast.SelectorExpr:
		if fn, ok := m.useOf(x).(*types.Func); ok {
			return m.funcFlags(fn)
		}
	}
	return 0
}

// SessionVar is a variable assigned from a session source.
type SessionVar struct {
	// Claims is the claims variable; Check the ok or err variable. Either is nil
	// when blank or absent.
	Claims, Check types.Object
	Kind          SourceKind
	// Node is the assignment statement or var spec; Source the call (or v1 type
	// assertion) that read the session.
	Node   ast.Node
	Source ast.Expr
}

// sessionAssign recognises `claims, ok := source(...)` (also `=`, var specs and
// the v1 `ctx.Value(key).(*clerk.SessionClaims)` assertion).
func (m *model) sessionAssign(lhs []ast.Expr, rhs []ast.Expr, node ast.Node) (SessionVar, bool) {
	if len(rhs) != 1 || len(lhs) == 0 {
		return SessionVar{}, false
	}
	e := ast.Unparen(rhs[0])
	var kind SourceKind
	switch e := e.(type) {
	case *ast.CallExpr:
		kind = m.sessionSource(e)
	case *ast.TypeAssertExpr:
		if e.Type != nil && isClaimsType(m.info.TypeOf(e.Type)) && len(lhs) == 2 {
			kind = SourceOK
		}
	}
	if kind == 0 {
		return SessionVar{}, false
	}
	sv := SessionVar{Kind: kind, Node: node, Source: e}
	switch {
	case len(lhs) > 1:
		sv.Claims, sv.Check = m.objOf(lhs[0]), m.objOf(lhs[len(lhs)-1])
	case isBoolOrError(m.info.TypeOf(lhs[0])):
		sv.Check = m.objOf(lhs[0])
	default:
		sv.Claims = m.objOf(lhs[0])
	}
	return sv, true
}

func isBoolOrError(t types.Type) bool {
	if t == nil {
		return false
	}
	if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsBoolean != 0 {
		return true
	}
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// objOf returns the variable an assignment target denotes, or nil for `_`.
func (m *model) objOf(e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if e.Name == "_" {
			return nil
		}
		if o := m.info.Defs[e]; o != nil {
			return o
		}
		return m.info.Uses[e]
	case *ast.SelectorExpr:
		if sel := m.info.Selections[e]; sel != nil {
			return sel.Obj()
		}
		return m.info.Uses[e.Sel]
	}
	return nil
}

// shallow visits the nodes of a function body without entering nested function
// literals (which are bodies of their own).
func shallow(body ast.Node, f func(ast.Node) bool) {
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok && n != body {
			return false
		}
		return f(n)
	})
}

// sessionVars lists the session sources assigned in a body (shallow).
func (m *model) sessionVars(body ast.Node) []SessionVar {
	var out []SessionVar
	shallow(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if sv, ok := m.sessionAssign(n.Lhs, n.Rhs, n); ok {
				out = append(out, sv)
			}
		case *ast.ValueSpec:
			lhs := make([]ast.Expr, len(n.Names))
			for i, id := range n.Names {
				lhs[i] = id
			}
			if sv, ok := m.sessionAssign(lhs, n.Values, n); ok {
				out = append(out, sv)
			}
		}
		return true
	})
	return out
}

// Guards reports whether cond tests a session variable: mentions its ok/err
// variable, or compares the claims with nil.
func Guards(info *types.Info, cond ast.Expr, sv SessionVar) bool {
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			if sv.Check != nil && info.Uses[n] == sv.Check {
				found = true
			}
		case *ast.BinaryExpr:
			if sv.Claims != nil && (n.Op == token.EQL || n.Op == token.NEQ) && (isNilCompare(info, n.X, n.Y, sv.Claims) || isNilCompare(info, n.Y, n.X, sv.Claims)) {
				found = true
			}
		}
		return !found
	})
	return found
}

// nilSourceCompare: a is a call of a session source that is nil without a
// session, b is nil.
func (m *model) nilSourceCompare(a, b ast.Expr) bool {
	call, ok := ast.Unparen(a).(*ast.CallExpr)
	return ok && m.info.Types[b].IsNil() && m.sessionSource(call) == SourceNil
}

func isNilCompare(info *types.Info, a, b ast.Expr, obj types.Object) bool {
	id, ok := ast.Unparen(a).(*ast.Ident)
	if !ok || info.Uses[id] != obj {
		return false
	}
	tv, ok := info.Types[b]
	return ok && tv.IsNil()
}

// verifies reports whether a body rejects requests without a session: a session
// source whose ok/err (or nil claims) is tested by an if statement with a
// terminating branch (or an else), or an if whose condition calls a boolean or
// error session guard.
func (m *model) verifies(body ast.Node) bool {
	svs := m.sessionVars(body)
	ok := false
	shallow(body, func(n ast.Node) bool {
		ifs, isIf := n.(*ast.IfStmt)
		if ok || !isIf {
			return !ok
		}
		if !terminates(m.info, ifs.Body) && ifs.Else == nil {
			return true
		}
		for _, sv := range svs {
			if Guards(m.info, ifs.Cond, sv) {
				ok = true
				return false
			}
		}
		// if !auth.SignedIn(r) { ...; return }, if currentUser(r) == nil { ...; return }
		ast.Inspect(ifs.Cond, func(c ast.Node) bool {
			switch c := c.(type) {
			case *ast.CallExpr:
				if k := m.sessionSource(c); k == SourceOK || k == SourceErr {
					ok = true
				}
			case *ast.BinaryExpr:
				if c.Op == token.EQL || c.Op == token.NEQ {
					ok = m.nilSourceCompare(c.X, c.Y) || m.nilSourceCompare(c.Y, c.X)
				}
			}
			return !ok
		})
		return !ok
	})
	return ok
}

// aborts reports whether a gin body calls an Abort method of the gin context
// (directly, or in a same-package helper it calls, or in a nested handler
// literal that rejects for it).
func (m *model) aborts(body ast.Node) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		fn := Callee(m.info, call)
		switch {
		case fn == nil:
		case IsMethod(fn, GinPath, "Abort"), IsMethod(fn, GinPath, "AbortWithStatus"), IsMethod(fn, GinPath, "AbortWithStatusJSON"),
			IsMethod(fn, GinPath, "AbortWithError"), IsMethod(fn, GinPath, "AbortWithStatusPureJSON"):
			found = true
		case fn.Pkg() == m.pass.Pkg && m.decls[fn] != nil && m.decls[fn] != body:
			// one level into a helper such as unauthorized(c)
			ast.Inspect(m.decls[fn].Body, func(n ast.Node) bool {
				if c, ok := n.(*ast.CallExpr); ok {
					if f := Callee(m.info, c); f != nil && f.Pkg() != nil && f.Pkg().Path() == GinPath && strings.HasPrefix(f.Name(), "Abort") {
						found = true
					}
				}
				return !found
			})
		}
		return !found
	})
	return found
}

// adapterFlags classifies a gin, echo or fiber handler that runs a net/http
// Clerk middleware on the request (clerkhttp.RequireHeaderAuthorization()(inner)
// .ServeHTTP(...)): it protects when the middleware (or the inner handler's own
// check) rejects and the framework's chain continues only from inside the
// inner handler (c.Next(), next(c)), and for gin when it also aborts; a
// fail-open middleware, or a chain that continues anyway, makes it a fail-open
// adapter (ReadsMiddleware).
func (m *model) adapterFlags(fam string, body ast.Node) Flags {
	var f Flags
	shallow(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || handlerFamily(m.info.TypeOf(call)) != "std" {
			return true
		}
		p := m.peel(call)
		if len(p.Chain) == 0 || p.Router != nil {
			return true
		}
		protected, reads := p.Protected(), p.ReadsOnly()
		if !protected && !reads {
			return true
		}
		inner := p.Handler.Lit
		continues := inner != nil && m.continues(fam, inner)
		switch {
		case protected && continues && (fam != "gin" || m.aborts(body)):
			f |= VerifiesSession
		default:
			f |= ReadsMiddleware
		}
		return false
	})
	if f&VerifiesSession != 0 {
		return VerifiesSession
	}
	return f
}

// continues reports whether a body passes the request on to the framework's
// next handler: c.Next() (gin, fiber) or a call of an echo.HandlerFunc value.
func (m *model) continues(fam string, body ast.Node) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		fn := Callee(m.info, call)
		switch fam {
		case "gin":
			found = IsMethod(fn, GinPath, "Next")
		case "fiber":
			found = IsMethod(fn, FiberPath, "Next")
		case "echo":
			found = fn == nil && isType(m.info.TypeOf(call.Fun), EchoPath, "HandlerFunc")
		}
		return !found
	})
	return found
}

// terminates reports whether a block ends the handler: a return, panic,
// log.Fatal, os.Exit, or a gin Abort call.
func terminates(info *types.Info, b *ast.BlockStmt) bool {
	if b == nil || len(b.List) == 0 {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.ExprStmt:
		call, ok := ast.Unparen(s.X).(*ast.CallExpr)
		if !ok {
			return false
		}
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
			if _, builtin := info.Uses[id].(*types.Builtin); builtin && id.Name == "panic" {
				return true
			}
		}
		fn := Callee(info, call)
		if fn == nil || fn.Pkg() == nil {
			return false
		}
		switch p := fn.Pkg().Path(); {
		case p == "os" && fn.Name() == "Exit", p == "runtime" && fn.Name() == "Goexit":
			return true
		case p == "log" && (strings.HasPrefix(fn.Name(), "Fatal") || strings.HasPrefix(fn.Name(), "Panic")):
			return true
		case p == GinPath && strings.HasPrefix(fn.Name(), "Abort"):
			return true
		}
	}
	return false
}

// summarize computes the flags of one function body (a FuncDecl or FuncLit).
func (m *model) summarize(node ast.Node) Flags {
	sig, body := m.sigBody(node)
	if body == nil || sig == nil {
		return 0
	}
	var f Flags
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if m.sessionSource(n) != 0 {
				f |= ReadsSession
			}
			if fn := Callee(m.info, n); fn != nil {
				f |= m.funcFlags(fn) & deepFlags
				if m.isRoleCheckFunc(fn) {
					f |= ChecksRole
				}
				if m.isPrivileged(fn) {
					f |= m.privilegedTarget(sig, n.Args, nil)
				} else if bits := m.funcFlags(fn) & privParams; bits != 0 {
					f |= m.privilegedTarget(sig, n.Args, func(i int) bool { return bits&privParam(i) != 0 })
				}
				if fn.Pkg() != nil && IsSvixPath(fn.Pkg().Path()) {
					f |= Webhook
				}
			} else {
				f |= m.funcVarFlags(n) & deepFlags
			}
		case *ast.SelectorExpr:
			switch n.Sel.Name {
			case "ActiveOrganizationRole", "ActiveOrganizationPermissions":
				if m.info.Selections[n] != nil {
					f |= ChecksRole
				}
			case "ActiveSessionClaims":
				if o := m.info.Uses[n.Sel]; o != nil && o.Pkg() != nil && o.Pkg().Path() == ClerkV1Path {
					f |= ReadsSession
				}
			}
		case *ast.BinaryExpr:
			if (n.Op == token.EQL || n.Op == token.NEQ) && (roleish(m.info, n.X) || roleish(m.info, n.Y)) {
				f |= ChecksRole
			}
		case *ast.SwitchStmt:
			if n.Tag != nil && roleish(m.info, n.Tag) {
				f |= ChecksRole
			}
		case *ast.BasicLit:
			if n.Kind == token.STRING {
				s := strings.ToLower(strings.Trim(n.Value, "`\""))
				if strings.HasPrefix(s, "svix-") || strings.HasPrefix(s, "webhook-signature") {
					f |= Webhook
				}
			}
		case *ast.TypeAssertExpr:
			if n.Type != nil && isClaimsType(m.info.TypeOf(n.Type)) {
				f |= ReadsSession
			}
		}
		if e, ok := n.(ast.Expr); ok && m.unauthorizedStatus(e) {
			f |= OwnAuth
		}
		return true
	})
	if m.verifies(body) {
		f |= VerifiesSession
		if handlerFamily(sig) == "gin" && !m.aborts(body) {
			f |= NoAbort
		}
	} else if fam := handlerFamily(sig); fam != "" && fam != "std" {
		f |= m.adapterFlags(fam, body)
	}
	if fam := handlerFamily(sig); fam != "" && m.signedRequest(fam, body) {
		f |= VerifiesSignature
	}
	f |= m.getterFlags(sig, body)
	f |= m.returnFlags(sig, body)
	return f
}

// unauthorizedStatus reports whether e is the status 401 or 403 (a
// constant such as http.StatusUnauthorized, or echo's and fiber's
// ErrUnauthorized and ErrForbidden errors).
func (m *model) unauthorizedStatus(e ast.Expr) bool {
	if tv, ok := m.info.Types[e]; ok && tv.Value != nil {
		if v, exact := constant.Int64Val(constant.ToInt(tv.Value)); exact {
			return v == 401 || v == 403
		}
		return false
	}
	sel, ok := e.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "ErrUnauthorized" && sel.Sel.Name != "ErrForbidden" {
		return false
	}
	v, ok := m.info.Uses[sel.Sel].(*types.Var)
	return ok && v.Pkg() != nil && (v.Pkg().Path() == EchoPath || v.Pkg().Path() == FiberPath)
}

// getterFlags: a function with a session source whose results end in a bool or
// error, or that returns only a claims pointer, hands the session to its callers.
func (m *model) getterFlags(sig *types.Signature, body ast.Node) Flags {
	res := sig.Results()
	if res.Len() == 0 {
		return 0
	}
	has := false
	visit := func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && m.sessionSource(call) != 0 {
			has = true
		}
		if ta, ok := n.(*ast.TypeAssertExpr); ok && ta.Type != nil && isClaimsType(m.info.TypeOf(ta.Type)) {
			has = true
		}
		return !has
	}
	if returnsClaims(res) {
		// func validate(r) (*clerk.SessionClaims, error) that reads the claims in
		// the handler it runs clerkhttp's middleware on: the read is in a closure.
		ast.Inspect(body, visit)
	} else {
		shallow(body, visit)
	}
	if !has {
		return 0
	}
	last := res.At(res.Len() - 1).Type()
	switch {
	case types.Identical(last, types.Universe.Lookup("error").Type()):
		return SessionGetterErr
	case isBoolOrError(last):
		return SessionGetterOK
	case res.Len() == 1 && isClaimsType(last):
		return SessionGetterNil
	case res.Len() == 1 && isPointer(last) && m.nilWithoutSession(body):
		// func currentUser(r) *clerk.User { claims, ok := …; if !ok { return nil }; … }:
		// the user (or any record) it returns is nil when there is no session.
		return SessionGetterNil
	}
	return 0
}

func isPointer(t types.Type) bool {
	_, ok := t.Underlying().(*types.Pointer)
	return ok
}

// nilWithoutSession reports whether a body returns nil when its session
// source reports no session: an if testing the source's ok, err or nil
// claims whose branch ends in `return nil`.
func (m *model) nilWithoutSession(body ast.Node) bool {
	svs := m.sessionVars(body)
	found := false
	shallow(body, func(n ast.Node) bool {
		ifs, ok := n.(*ast.IfStmt)
		if found || !ok || len(ifs.Body.List) == 0 {
			return !found
		}
		ret, ok := ifs.Body.List[len(ifs.Body.List)-1].(*ast.ReturnStmt)
		if !ok || len(ret.Results) != 1 || !m.info.Types[ret.Results[0]].IsNil() {
			return true
		}
		for _, sv := range svs {
			if Guards(m.info, ifs.Cond, sv) {
				found = true
			}
		}
		return !found
	})
	return found
}

func returnsClaims(res *types.Tuple) bool {
	for i := 0; i < res.Len(); i++ {
		if isClaimsType(res.At(i).Type()) {
			return true
		}
	}
	return false
}

// returnFlags classifies what a function returns: a protecting or fail-open
// middleware, a protected handler (for middleware-shaped functions that makes the
// function itself a protecting middleware), or a verifying handler (factories).
func (m *model) returnFlags(sig *types.Signature, body ast.Node) Flags {
	res := sig.Results()
	if res.Len() == 0 {
		return 0
	}
	mwShaped, _, _ := middlewareShape(sig)
	var f Flags
	shallow(body, func(n ast.Node) bool {
		ret, ok := n.(*ast.ReturnStmt)
		if !ok || len(ret.Results) != res.Len() {
			return true
		}
		for i, e := range ret.Results {
			rt := res.At(i).Type()
			switch {
			case isMiddlewareType(rt) && !mwShaped:
				f |= m.classifyMiddleware(e).Flags & (ProtectsMiddleware | ReadsMiddleware | VerifiesSignature)
			case handlerFamily(rt) != "":
				p := m.peel(e)
				if p.Router != nil {
					continue
				}
				if p.Signed() {
					f |= VerifiesSignature
				}
				adapter := p.Handler.Known && p.Handler.Flags&ReadsMiddleware != 0 && handlerFamily(rt) != "std"
				switch {
				case p.Protected() && mwShaped:
					f |= ProtectsMiddleware
				case p.Protected():
					f |= ReturnsVerifyingHandler | p.Handler.Flags&NoAbort
				case (p.ReadsOnly() || adapter) && mwShaped:
					f |= ReadsMiddleware
				case adapter:
					f |= ReadsMiddleware
				}
			}
		}
		return true
	})
	return f
}

// roleish reports whether an operand of a comparison looks like a role,
// permission or admin value: claims.ActiveOrganizationRole, meta["role"],
// u.IsAdmin, "org:admin".
func roleish(info *types.Info, e ast.Expr) bool {
	var name string
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		name = e.Name
	case *ast.SelectorExpr:
		name = e.Sel.Name
	case *ast.IndexExpr:
		if tv, ok := info.Types[e.Index]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			name = constant.StringVal(tv.Value)
		} else {
			return roleish(info, e.X)
		}
	case *ast.BasicLit:
		if e.Kind == token.STRING {
			name = e.Value
		}
	case *ast.CallExpr:
		return roleish(info, e.Fun)
	}
	name = strings.ToLower(name)
	return strings.Contains(name, "role") || strings.Contains(name, "admin") || strings.Contains(name, "permission")
}

func (m *model) isRoleCheckFunc(fn *types.Func) bool {
	if IsMethod(fn, ClerkPath, "HasRole") || IsMethod(fn, ClerkPath, "HasPermission") {
		return true
	}
	if fn.Pkg() != nil && IsClerkPath(fn.Pkg().Path()) {
		return false
	}
	return m.params.roleFuncs != nil && m.params.roleFuncs.MatchString(fn.Name())
}

func (m *model) isPrivileged(fn *types.Func) bool {
	return m.params.privilegedName(fn) != ""
}

// actsOnSelf reports whether a Backend API call targets the caller's own
// user or session (selfTarget), so deleting or updating one's own account,
// or revoking one's own session, is not an admin action.
func (m *model) actsOnSelf(call *ast.CallExpr) bool {
	return m.privilegedTarget(nil, call.Args, nil) == 0
}

// privilegedTarget is what a privileged call makes of the function (of
// signature sig) making it. The call's target is its first argument after
// the context (user.Delete(ctx, id), session.Revoke(ctx, &RevokeParams{ID:
// id})), or, for a call of a function handing some of its parameters to
// such an API, the arguments for those (target). It is nothing when the
// target is the caller's own user or session, the parameters of sig that
// the target is when the function's caller chooses it, and CallsPrivileged
// otherwise.
func (m *model) privilegedTarget(sig *types.Signature, args []ast.Expr, target func(int) bool) Flags {
	var f Flags
	for i, a := range args {
		if target != nil && !target(i) {
			continue
		}
		if t := m.info.TypeOf(a); t != nil && isType(t, "context", "Context") {
			continue
		}
		if m.selfTarget(a, 0) {
			return 0
		}
		p := paramIndex(m.info, sig, idTarget(a))
		if p < 0 {
			return CallsPrivileged
		}
		f |= privParam(p)
		if target == nil {
			break
		}
	}
	if f == 0 {
		return CallsPrivileged
	}
	return f
}

// idTarget is the value a call argument names its target by: the argument,
// or the ID field of a params struct (&session.RevokeParams{ID: id}).
func idTarget(a ast.Expr) ast.Expr {
	e := ast.Unparen(a)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	if lit, ok := e.(*ast.CompositeLit); ok {
		for _, el := range lit.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "ID" {
					return kv.Value
				}
			}
		}
		return nil
	}
	return a
}

// paramIndex is the index of the parameter of sig that e names, or -1.
func paramIndex(info *types.Info, sig *types.Signature, e ast.Expr) int {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || sig == nil {
		return -1
	}
	o := info.Uses[id]
	for i := 0; i < sig.Params().Len(); i++ {
		if sig.Params().At(i) == o {
			return i
		}
	}
	return -1
}

// selfTarget reports whether an argument (or the ID of a params struct
// literal) is the caller's own identity: the verified session's Subject,
// SessionID or token ID, directly or through local variables, or a value a
// middleware stored under a user-id key of the request context
// (c.GetString("userID")).
func (m *model) selfTarget(a ast.Expr, depth int) bool {
	e := idTarget(a)
	if e == nil || depth > 3 {
		return false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if selfClaim[x.Sel.Name] {
			t := m.info.TypeOf(x.X)
			if isClaimsType(t) || isType(t, ClerkPath, "SessionClaims") || isType(t, ClerkPath, "RegisteredClaims") || isType(t, ClerkPath, "Claims") {
				return true
			}
		}
	case *ast.StarExpr:
		return m.selfTarget(x.X, depth+1)
	case *ast.Ident:
		if v, ok := m.info.Uses[x].(*types.Var); ok {
			if val := m.values[v]; val != nil {
				return m.selfTarget(val, depth+1)
			}
		}
	}
	o := m.originOf(nil, e, 0)
	return o.from == endpoint.FromSession && userKey.MatchString(o.name)
}

// selfClaim are the session claims naming the caller: their user, their
// session, their token.
var selfClaim = map[string]bool{"Subject": true, "SessionID": true, "ID": true}

// userKey: a session value's origin that names the user (a context key such
// as "userID" or "clerk_user_id", claims.Subject), not their organization.
var userKey = lazyregexp.New(`(?i)(user_?id|\buid\b|\bsub\b|subject)`)
