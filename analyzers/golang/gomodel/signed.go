package gomodel

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// signedRequest reports whether a handler body of family fam rejects a
// request whose signature or shared secret does not verify before it passes
// the request on (VerifiesSignature): an if statement ahead of any call of
// the next handler whose condition tests a verification of the request
// (verifiedCond) and whose branch ends the request with 401 or 403
// (rejects). A middleware that verifies and logs, or rejects only a missing
// header, lets unsigned requests through and is not credited.
func (m *model) signedRequest(fam string, body ast.Node) bool {
	next := token.NoPos
	shallow(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !next.IsValid() && m.passesOn(call) {
			next = call.Pos()
		}
		return true
	})
	found := false
	shallow(body, func(n ast.Node) bool {
		ifs, ok := n.(*ast.IfStmt)
		if found || !ok {
			return !found
		}
		if next.IsValid() && next < ifs.Pos() {
			return false // checked after the request went on: too late
		}
		found = m.rejects(fam, ifs.Body) && m.verifiedCond(body, ifs)
		return !found
	})
	return found
}

// passesOn reports whether a call hands the request to the next handler:
// next.ServeHTTP(w, r), next(c) of a handler-typed value, gin's or fiber's
// c.Next().
func (m *model) passesOn(call *ast.CallExpr) bool {
	fn := Callee(m.info, call)
	switch {
	case fn == nil:
		return handlerFamily(m.info.TypeOf(call.Fun)) != ""
	case fn.Name() == "ServeHTTP":
		return true
	}
	return IsMethod(fn, GinPath, "Next") || IsMethod(fn, FiberPath, "Next")
}

// rejects reports whether a branch ends the request with 401 or 403 (a
// status constant, echo's or fiber's ErrUnauthorized, or a call of a helper
// whose body answers one, apperrors.NewUnauthorized()) without passing it
// on; for gin, aborting the chain, since a gin middleware that only
// returns lets the next handlers run.
func (m *model) rejects(fam string, b *ast.BlockStmt) bool {
	if !terminates(m.info, b) {
		return false
	}
	status, on, aborts := false, false, false
	ast.Inspect(b, func(n ast.Node) bool {
		if e, ok := n.(ast.Expr); ok && m.unauthorizedStatus(e) {
			status = true
		}
		if call, ok := n.(*ast.CallExpr); ok {
			fn := Callee(m.info, call)
			on = on || m.passesOn(call)
			if fn != nil {
				status = status || m.funcFlags(fn)&OwnAuth != 0
				aborts = aborts || fn.Pkg() != nil && fn.Pkg().Path() == GinPath && strings.HasPrefix(fn.Name(), "Abort")
			}
		}
		return true
	})
	return status && !on && (fam != "gin" || aborts)
}

// verifiedCond reports whether an if statement's condition tests a
// verification of the request: a call handed a signature header or the
// request's headers whole (signedCall), directly or through the bool or
// error variable it was assigned to, or a comparison of a signature header
// with a computed value or of a request value with a secret from the
// environment. Testing that a signature header is present verifies
// nothing.
func (m *model) verifiedCond(body ast.Node, ifs *ast.IfStmt) bool {
	found := false
	ast.Inspect(ifs.Cond, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			found = m.signedCall(n, 0)
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				found = m.comparesSignature(n.X, n.Y) || m.comparesSignature(n.Y, n.X)
				envA, inA := m.secretSides(n.X)
				envB, inB := m.secretSides(n.Y)
				found = found || envA && inB || envB && inA
			}
		case *ast.Ident:
			v, ok := m.info.Uses[n].(*types.Var)
			if ok && isBoolOrError(v.Type()) {
				if call, ok := ast.Unparen(m.assignedBefore(body, ifs, v)).(*ast.CallExpr); ok {
					found = m.signedCall(call, 0)
				}
			}
		}
		return !found
	})
	return found
}

// assignedBefore is the value last assigned to v before an if statement
// (its init statement included) in body, outside nested closures; for a
// multi-valued call (ok, err := verify(...)) the call.
func (m *model) assignedBefore(body ast.Node, ifs *ast.IfStmt, v *types.Var) ast.Expr {
	var val ast.Expr
	shallow(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Pos() >= ifs.Cond.Pos() {
			return true
		}
		for i, l := range as.Lhs {
			if m.objOf(l) != v {
				continue
			}
			switch {
			case len(as.Rhs) == len(as.Lhs):
				val = as.Rhs[i]
			case len(as.Rhs) == 1:
				val = as.Rhs[0]
			}
		}
		return true
	})
	return val
}

// sigHeader names a header carrying a request's signature (Upstash-Signature,
// Stripe-Signature, X-Hub-Signature-256, X-Slack-Signature, X-Sig).
var sigHeader = lazyregexp.New(`(?i)signature|hmac|(^|[-_])sig([-_]|$)`)

// signedAPI names a verification API by its function, receiver type or
// package (receiver.Verify, webhook.ConstructEvent, wh.Verify).
var signedAPI = lazyregexp.New(`(?i)verif|valid|signatur|webhook|hmac`)

// signedCall reports whether a call verifies the request's signature: the
// Svix library; hmac.Equal or subtle.ConstantTimeCompare of a request header
// or query value; a verification API (signedAPI) of another package, or a
// function of this package whose body verifies with crypto, handed a
// signature header (in a params struct too) or the request's headers or
// request whole.
func (m *model) signedCall(call *ast.CallExpr, depth int) bool {
	fn := Callee(m.info, call)
	if fn == nil || fn.Pkg() == nil || depth > 2 {
		return false
	}
	if IsSvixPath(fn.Pkg().Path()) {
		return true
	}
	if IsFunc(fn, "crypto/hmac", "Equal") || IsFunc(fn, "crypto/subtle", "ConstantTimeCompare") {
		for _, a := range call.Args {
			if m.requestValue(a, nil, 0) {
				return true
			}
		}
		return false
	}
	if d := m.decls[fn]; d != nil {
		if !m.usesCrypto(d.Body, depth) {
			return false
		}
	} else {
		_, recv := namedType(recvType(fn))
		if !signedAPI.MatchString(fn.Name()) && !signedAPI.MatchString(recv) && !signedAPI.MatchString(fn.Pkg().Path()) {
			return false
		}
	}
	for _, a := range call.Args {
		if m.requestValue(a, sigHeader.MatchString, 0) || m.wholeRequest(a) {
			return true
		}
	}
	return false
}

// usesCrypto reports whether a body of this package calls crypto (an HMAC,
// a signature scheme, a constant-time compare) or a verification API.
func (m *model) usesCrypto(body ast.Node, depth int) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !found {
			if fn := Callee(m.info, call); fn != nil && fn.Pkg() != nil {
				p := fn.Pkg().Path()
				found = strings.HasPrefix(p, "crypto/") || IsSvixPath(p) || m.decls[fn] != nil && m.signedCall(call, depth+1)
			}
		}
		return !found
	})
	return found
}

// wholeRequest: r.Header, or the *http.Request itself.
func (m *model) wholeRequest(e ast.Expr) bool {
	e = ast.Unparen(e)
	if isPtrTo(m.info.TypeOf(e), netHTTPPath, "Request") {
		return true
	}
	sel, ok := e.(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Header" && isPtrTo(m.info.TypeOf(sel.X), netHTTPPath, "Request")
}

// comparesSignature: a is a signature header's value, b a computed value
// (not a constant: sig == "" tests presence).
func (m *model) comparesSignature(a, b ast.Expr) bool {
	if tv, ok := m.info.Types[b]; ok && (tv.Value != nil || tv.IsNil()) {
		return false
	}
	return m.requestValue(a, sigHeader.MatchString, 0) && !m.requestValue(b, nil, 0)
}

// requestValue reports whether an expression is built from a request header
// (or query value) whose constant name matches (any name when match is
// nil), directly, inside a composite literal or conversion, or through local
// variables bound to such values.
func (m *model) requestValue(e ast.Expr, match func(string) bool, depth int) bool {
	if e == nil || depth > 4 {
		return false
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			fn := Callee(m.info, n)
			if fn == nil {
				return true
			}
			if k, ok := inputKind(fn); ok && (k == endpoint.Header || k == endpoint.Query) {
				if match == nil {
					found = true
				} else if len(n.Args) > 0 {
					name, _ := m.constString(n.Args[0])
					found = match(name)
				}
			}
		case *ast.Ident:
			if v, ok := m.info.Uses[n].(*types.Var); ok && !v.IsField() && v.Parent() != nil && v.Pkg() == m.pass.Pkg {
				val := m.values[v]
				if t, ok := m.tuples[v]; ok && val == nil {
					val = t.rhs
				}
				found = m.requestValue(val, match, depth+1)
			}
		}
		return !found
	})
	return found
}
