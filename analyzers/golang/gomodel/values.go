package gomodel

import (
	"go/ast"
	"go/constant"
	"go/types"
)

// Middleware is one middleware in a route's chain.
type Middleware struct {
	// Expr is the middleware expression as written (a call such as
	// clerkhttp.RequireHeaderAuthorization(), a function name, a variable).
	Expr ast.Expr
	// Flags holds ProtectsMiddleware, ReadsMiddleware, ChecksRole and
	// VerifiesSignature.
	Flags Flags
	// Known is false when the model could not tell what the middleware does (a
	// func-typed field or parameter, an interface method): routes behind it are
	// judged unknown rather than guessed.
	Known bool
	// Clerk is the SDK call (clerkhttp.RequireHeaderAuthorization,
	// WithHeaderAuthorization, v1 RequireSessionV2, WithSessionV2, ...) when it is
	// written in this package.
	Clerk *ast.CallExpr
	// Scope says where the middleware was applied.
	Scope Scope
	// Wraps is true for a wrapper around the handler (mw(h)) rather than route
	// middleware given to the registration.
	Wraps bool
	// OwnAuth: the middleware answers 401 or 403 without checking a Clerk
	// session: it authenticates by other means (an API key, another token),
	// so it is not Known either (the model cannot tell what it accepts).
	OwnAuth bool

	global bool // a Use of a router that is not a group, sub-router or mount
}

// Global reports whether the middleware is a Use of a top-level router.
func (mw *Middleware) Global() bool { return mw.global }

// ownAuth marks a known middleware of a function with flags f that answers
// 401 or 403 but neither requires nor reads a Clerk session nor verifies a
// signature: its own authentication, which the model does not follow.
func (mw *Middleware) ownAuth(f Flags) {
	if mw.Known && mw.Flags&(ProtectsMiddleware|ReadsMiddleware|VerifiesSignature) == 0 && f&OwnAuth != 0 {
		mw.Known, mw.OwnAuth = false, true
	}
}

// Protects reports whether the middleware rejects requests without a verified session.
func (mw *Middleware) Protects() bool { return mw.Known && mw.Flags&ProtectsMiddleware != 0 }

// Signed reports whether the middleware rejects a request whose signature or
// shared secret does not verify: the routes behind it are verified receivers.
func (mw *Middleware) Signed() bool { return mw.Known && mw.Flags&VerifiesSignature != 0 }

// Reads reports whether the middleware is fail-open (verifies a token when there
// is one, lets requests without one through).
func (mw *Middleware) Reads() bool {
	return mw.Known && mw.Flags&ReadsMiddleware != 0 && mw.Flags&ProtectsMiddleware == 0
}

// Scope is where a middleware was applied.
type Scope int

// Scopes, outermost first.
const (
	// ScopeServer: the whole router was wrapped (clerkhttp.RequireHeaderAuthorization()(mux)
	// passed to http.ListenAndServe, http.Server{Handler: ...}, or mounted).
	ScopeServer Scope = iota + 1
	// ScopeRouter: router or group middleware (Use, chi With/Group, gin and echo
	// Group arguments, gorilla subrouter Use).
	ScopeRouter
	// ScopeRoute: middleware given to one route (gin/echo handler arguments) or
	// wrapped around its handler.
	ScopeRoute
)

// Handler is the endpoint a route dispatches to.
type Handler struct {
	Expr ast.Expr
	// Func is the named function or method (possibly from another package); for a
	// handler factory call, the factory.
	Func *types.Func
	// Lit is the function literal when the handler is one.
	Lit *ast.FuncLit
	// Flags summarise the handler (VerifiesSession, ReadsSession, ChecksRole,
	// CallsPrivileged, Webhook).
	Flags Flags
	// Known is false when the handler could not be resolved (an interface value, a
	// func-typed parameter).
	Known bool
	// Trivial handlers serve nothing (http.NotFound, http.RedirectHandler).
	Trivial bool
}

// Peeled is a handler expression split into the middleware wrapped around it and
// the handler itself.
type Peeled struct {
	// Chain lists the wrappers, outermost first.
	Chain   []*Middleware
	Handler Handler
	// Router is set when the expression is a router (a mount, not an endpoint).
	Router ast.Expr
	// StripPrefix is the prefix of an http.StripPrefix wrapper, if any.
	StripPrefix string
}

// Protected reports whether a wrapper requires a session or the handler verifies it.
func (p Peeled) Protected() bool {
	for _, mw := range p.Chain {
		if mw.Protects() {
			return true
		}
	}
	return p.Handler.Known && p.Handler.Flags&VerifiesSession != 0
}

// ReadsOnly reports whether a fail-open wrapper is present and nothing protects.
func (p Peeled) ReadsOnly() bool {
	if p.Protected() {
		return false
	}
	for _, mw := range p.Chain {
		if mw.Reads() {
			return true
		}
	}
	return false
}

// useOf returns the object an identifier or selector refers to (the method for
// method values and the field for field selections).
func (m *model) useOf(e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return m.info.Uses[e]
	case *ast.SelectorExpr:
		if sel := m.info.Selections[e]; sel != nil {
			return sel.Obj()
		}
		return m.info.Uses[e.Sel]
	}
	return nil
}

// value returns the single value assigned to a variable in this package, or nil.
func (m *model) value(v *types.Var) ast.Expr {
	return m.values[v]
}

// classifyMiddleware says what a middleware expression does.
func (m *model) classifyMiddleware(e ast.Expr) *Middleware {
	mw := &Middleware{Expr: e}
	m.classifyInto(mw, e, 0)
	return mw
}

var (
	clerkRequire = [][2]string{
		{ClerkHTTPPath, "RequireHeaderAuthorization"}, {ClerkHTTPPath, "NeedsSessionReverification"},
		{ClerkV1Path, "RequireSessionV2"}, {ClerkV1Path, "WithSession"},
	}
	clerkRead = [][2]string{{ClerkHTTPPath, "WithHeaderAuthorization"}, {ClerkV1Path, "WithSessionV2"}}
)

func isAny(fn *types.Func, list [][2]string) bool {
	for _, p := range list {
		if IsFunc(fn, p[0], p[1]) {
			return true
		}
	}
	return false
}

const mwFlags = ProtectsMiddleware | ReadsMiddleware | ChecksRole | VerifiesSignature

func (m *model) classifyInto(mw *Middleware, e ast.Expr, depth int) {
	if depth > 8 {
		return
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		fn := Callee(m.info, x)
		if fn == nil || isInterfaceMethod(fn) {
			return // a call of a function value: unknown
		}
		switch {
		case isAny(fn, clerkRequire):
			mw.Flags, mw.Known, mw.Clerk = ProtectsMiddleware, true, x
			return
		case isAny(fn, clerkRead):
			mw.Flags, mw.Known, mw.Clerk = ReadsMiddleware, true, x
			return
		}
		// Adapters from a package that does not use Clerk, such as
		// echo.WrapMiddleware(m): what matters is the adapted middleware.
		if !m.clerkUser(fn.Pkg()) {
			for _, a := range x.Args {
				if isMiddlewareType(m.info.TypeOf(a)) {
					m.classifyInto(mw, a, depth+1)
					return
				}
			}
		}
		f := m.funcFlags(fn)
		mw.Known = true
		rt := m.info.TypeOf(x)
		switch {
		case isMiddlewareType(rt):
			mw.Flags |= f & mwFlags
		case handlerFamily(rt) != "":
			switch {
			case f&ReturnsVerifyingHandler != 0 && f&NoAbort == 0:
				mw.Flags |= ProtectsMiddleware
			case f&(ReturnsVerifyingHandler|ReadsMiddleware) != 0:
				mw.Flags |= ReadsMiddleware // a fail-open adapter, or a gin check that does not abort
			}
			mw.Flags |= f & (ChecksRole | VerifiesSignature)
		}
		mw.ownAuth(f)
	case *ast.Ident, *ast.SelectorExpr:
		switch o := m.useOf(x).(type) {
		case *types.Func:
			if isInterfaceMethod(o) {
				return
			}
			mw.Known = true
			m.funcAsMiddleware(mw, o.Type().(*types.Signature), m.funcFlags(o))
		case *types.Var:
			if val, present := m.values[o]; present {
				if val != nil {
					m.classifyInto(mw, val, depth+1)
				}
				return
			}
			if o.Pkg() != nil && o.Pkg() != m.pass.Pkg && o.Parent() == o.Pkg().Scope() {
				f, has := m.varFlags(o)
				if f&Opaque == 0 && (has || !m.clerkUser(o.Pkg())) {
					mw.Known = true
					mw.Flags |= f & mwFlags
				}
			}
		}
	case *ast.FuncLit:
		mw.Known = true
		sig, _ := m.info.TypeOf(x).(*types.Signature)
		m.funcAsMiddleware(mw, sig, m.flags[x])
	}
}

// funcAsMiddleware classifies a function used as a middleware value: a
// middleware-shaped function by its ProtectsMiddleware flag, a gin or echo
// handler used as middleware by whether it verifies the session.
func (m *model) funcAsMiddleware(mw *Middleware, sig *types.Signature, f Flags) {
	if sig == nil {
		return
	}
	defer mw.ownAuth(f)
	if ok, _, _ := middlewareShape(sig); ok {
		mw.Flags |= f & mwFlags
		return
	}
	if handlerFamily(sig) != "" {
		switch {
		case f&VerifiesSession != 0 && f&NoAbort == 0:
			mw.Flags |= ProtectsMiddleware
		case f&(VerifiesSession|ReadsMiddleware) != 0:
			mw.Flags |= ReadsMiddleware // a fail-open adapter, or a gin check that does not abort
		}
		mw.Flags |= f & (ChecksRole | VerifiesSignature)
	}
}

// peel splits a handler expression into its wrappers and the handler:
// conversions (http.HandlerFunc(f)), middleware applications (mw(h),
// clerkhttp.RequireHeaderAuthorization()(h), auth.Protect(h)), chi.Chain(...).Handler(h),
// variables with a single value, function literals, named functions, method
// values, handler factories and values of types with a ServeHTTP method.
func (m *model) peel(e ast.Expr) Peeled {
	var p Peeled
	for depth := 0; depth < 12; depth++ {
		e = ast.Unparen(e)
		if routerFramework(m.info.TypeOf(e)) != "" {
			p.Router = e
			return p
		}
		switch x := e.(type) {
		case *ast.CallExpr:
			if tv, ok := m.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
				e = x.Args[0] // http.HandlerFunc(f)
				continue
			}
			fn := Callee(m.info, x)
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && fn != nil && len(x.Args) == 1 &&
				(fn.Name() == "Handler" || fn.Name() == "HandlerFunc") && (fn.Pkg().Path() == ChiPath || fn.Pkg().Path() == ChiV1Path) {
				p.Chain = append(p.Chain, m.chiChain(sel.X)...)
				e = x.Args[0]
				continue
			}
			if ft, ok := m.info.TypeOf(x.Fun).(*types.Signature); ok {
				if shaped, _, idx := middlewareShape(ft); shaped && idx < len(x.Args) {
					mw := &Middleware{Expr: x.Fun, Scope: ScopeRoute}
					if fn != nil && !isInterfaceMethod(fn) {
						mw.Known = true
						mw.Flags = m.funcFlags(fn) & mwFlags
						mw.ownAuth(m.funcFlags(fn))
						if IsFunc(fn, netHTTPPath, "StripPrefix") {
							p.StripPrefix, _ = m.constString(x.Args[0])
						}
					} else if fn == nil {
						m.classifyInto(mw, x.Fun, 0)
					}
					p.Chain = append(p.Chain, mw)
					e = x.Args[idx]
					continue
				}
			}
			// A handler factory: what it returns is summarised by its flags.
			p.Handler = Handler{Expr: x}
			if fn != nil && !isInterfaceMethod(fn) {
				f := m.funcFlags(fn)
				p.Handler.Func, p.Handler.Known = fn, true
				p.Handler.Flags = f & (deepFlags | VerifiesSignature)
				if f&ReturnsVerifyingHandler != 0 {
					p.Handler.Flags |= VerifiesSession
				}
				p.Handler.Trivial = IsFunc(fn, netHTTPPath, "NotFoundHandler") || IsFunc(fn, netHTTPPath, "RedirectHandler")
			}
			return p
		case *ast.Ident, *ast.SelectorExpr:
			switch o := m.useOf(x).(type) {
			case *types.Func:
				p.Handler = Handler{Expr: x}
				if !isInterfaceMethod(o) {
					p.Handler.Func, p.Handler.Known, p.Handler.Flags = o, true, m.funcFlags(o)
					p.Handler.Trivial = IsFunc(o, netHTTPPath, "NotFound")
				}
				return p
			case *types.Var:
				if val := m.values[o]; val != nil {
					e = val
					continue
				}
				p.Handler = Handler{Expr: x}
				if fn := serveHTTPMethod(o.Type()); fn != nil {
					p.Handler.Func, p.Handler.Known, p.Handler.Flags = fn, true, m.funcFlags(fn)
				}
				return p
			}
			p.Handler = Handler{Expr: x}
			return p
		case *ast.FuncLit:
			p.Handler = Handler{Expr: x, Lit: x, Known: true, Flags: m.flags[x]}
			return p
		case *ast.UnaryExpr, *ast.CompositeLit:
			p.Handler = Handler{Expr: x}
			if fn := serveHTTPMethod(m.info.TypeOf(x)); fn != nil {
				p.Handler.Func, p.Handler.Known, p.Handler.Flags = fn, true, m.funcFlags(fn)
			}
			return p
		default:
			p.Handler = Handler{Expr: x}
			return p
		}
	}
	p.Handler = Handler{Expr: e}
	return p
}

// chiChain classifies the middleware of a chi.Chain(...) expression (directly or
// through a variable).
func (m *model) chiChain(e ast.Expr) []*Middleware {
	for i := 0; i < 4; i++ {
		e = ast.Unparen(e)
		if id, ok := e.(*ast.Ident); ok {
			if v, ok := m.info.Uses[id].(*types.Var); ok && m.values[v] != nil {
				e = m.values[v]
				continue
			}
		}
		break
	}
	if call, ok := e.(*ast.CallExpr); ok {
		if fn := Callee(m.info, call); IsFunc(fn, ChiPath, "Chain") || IsFunc(fn, ChiV1Path, "Chain") {
			var out []*Middleware
			for _, a := range call.Args {
				mw := m.classifyMiddleware(a)
				mw.Scope = ScopeRoute
				out = append(out, mw)
			}
			return out
		}
	}
	return []*Middleware{{Expr: e, Scope: ScopeRoute}}
}

// constString returns the value of a constant string expression.
func (m *model) constString(e ast.Expr) (string, bool) {
	if e == nil {
		return "", false
	}
	tv, ok := m.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// Signed reports whether a wrapper or the handler rejects a request whose
// signature or shared secret does not verify.
func (p Peeled) Signed() bool {
	for _, mw := range p.Chain {
		if mw.Signed() {
			return true
		}
	}
	return p.Handler.Known && p.Handler.Flags&VerifiesSignature != 0
}
