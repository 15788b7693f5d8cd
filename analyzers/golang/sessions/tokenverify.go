// This file is the CLK104 pass: claims of an unverified token
// (jwt.Decode, v1 client.DecodeToken) used for identity, and jwt.Verify (v1
// client.VerifyToken) whose error is ignored.

package sessions

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/golang/gomodel"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// NewTokenVerify returns the CLK104 analyzer (it has no settings).
func NewTokenVerify(gorules.Settings) *analysis.Analyzer {
	return gorules.NewAnalyzer(ruleid.TokenDecodedNotVerified, runTokenVerify)
}

func runTokenVerify(pass *analysis.Pass) (any, error) {
	// Tokens are decoded and verified with the SDK's own functions: a package
	// that does not import it has none of these calls.
	if !gomodel.ImportsClerk(pass.Pkg) {
		return nil, nil
	}
	for _, f := range pass.Files {
		if gomodel.IsTestFile(pass.Fset, f.Pos()) {
			continue
		}
		var stack []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			stack = append(stack, n)
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Rhs) == 1 {
					check(pass, n.Lhs, n.Rhs[0], n, enclosingBody(stack))
				}
			case *ast.ValueSpec:
				if len(n.Values) == 1 {
					lhs := make([]ast.Expr, len(n.Names))
					for i, id := range n.Names {
						lhs[i] = id
					}
					check(pass, lhs, n.Values[0], n, enclosingBody(stack))
				}
			case *ast.ExprStmt:
				if call, ok := ast.Unparen(n.X).(*ast.CallExpr); ok && kind(pass, call) == verify {
					pass.Reportf(call.Pos(), "the result of %s is discarded: the token is verified but a failure is ignored; use the returned claims and return 401 when it returns an error", name(pass, call))
				}
			}
			return true
		})
	}
	return nil, nil
}

type callKind int

const (
	other callKind = iota
	decode
	verify
)

func kind(pass *analysis.Pass, call *ast.CallExpr) callKind {
	fn := gomodel.Callee(pass.TypesInfo, call)
	switch {
	case gomodel.IsFunc(fn, gomodel.ClerkJWTPath, "Decode"), gomodel.IsMethod(fn, gomodel.ClerkV1Path, "DecodeToken"):
		return decode
	case gomodel.IsFunc(fn, gomodel.ClerkJWTPath, "Verify"), gomodel.IsMethod(fn, gomodel.ClerkV1Path, "VerifyToken"):
		return verify
	}
	return other
}

func name(pass *analysis.Pass, call *ast.CallExpr) string {
	return gomodel.FuncName(gomodel.Callee(pass.TypesInfo, call))
}

func enclosingBody(stack []ast.Node) ast.Node {
	for i := len(stack) - 1; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ast.FuncDecl:
			return n.Body
		case *ast.FuncLit:
			return n.Body
		}
	}
	return nil
}

func check(pass *analysis.Pass, lhs []ast.Expr, rhs ast.Expr, stmt ast.Node, body ast.Node) {
	call, ok := ast.Unparen(rhs).(*ast.CallExpr)
	if !ok || body == nil || len(lhs) != 2 {
		return
	}
	switch kind(pass, call) {
	case decode:
		tok := obj(pass, lhs[0])
		if tok == nil {
			return
		}
		if use := identityUse(pass, body, tok, stmt.End()); use != nil {
			pass.Reportf(call.Pos(), "claims from %s are not verified, yet %s is used (line %d): anyone can forge them; verify the token with jwt.Verify (or the clerkhttp middleware) and use the verified claims",
				name(pass, call), types.ExprString(use), pass.Fset.Position(use.Pos()).Line)
		}
	case verify:
		errVar := obj(pass, lhs[1])
		if errVar == nil {
			pass.Reportf(call.Pos(), "the error of %s is discarded: a forged or expired token passes; return 401 when err != nil before using the claims", name(pass, call))
			return
		}
		if !errChecked(pass, body, errVar, stmt.End()) {
			pass.Reportf(call.Pos(), "the error of %s is never checked: a forged or expired token passes; return 401 when %s != nil before using the claims", name(pass, call), errVar.Name())
		}
	}
}

func obj(pass *analysis.Pass, e ast.Expr) types.Object {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	if o := pass.TypesInfo.Defs[id]; o != nil {
		return o
	}
	return pass.TypesInfo.Uses[id]
}

// identityUse returns the first use of the decoded token other than reading its
// key id, comparing it with nil, or logging it.
func identityUse(pass *analysis.Pass, body ast.Node, tok types.Object, after token.Pos) ast.Expr {
	var found ast.Expr
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if found != nil {
			return false
		}
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		id, ok := n.(*ast.Ident)
		if !ok || id.Pos() < after || pass.TypesInfo.Uses[id] != tok {
			return true
		}
		var use ast.Expr = id
		parent := stack[len(stack)-2]
		if sel, ok := parent.(*ast.SelectorExpr); ok && sel.X == id {
			if sel.Sel.Name == "KeyID" {
				return true
			}
			use = sel
		}
		if bin, ok := parent.(*ast.BinaryExpr); ok && (bin.Op == token.EQL || bin.Op == token.NEQ) {
			if tv, ok := pass.TypesInfo.Types[bin.Y]; ok && tv.IsNil() {
				return true
			}
		}
		for i := len(stack) - 2; i >= 0; i-- {
			if call, ok := stack[i].(*ast.CallExpr); ok && isLogging(pass, call) {
				return true
			}
		}
		found = use
		return false
	})
	return found
}

// isLogging reports whether a call writes a log line or an error message:
// package log, log/slog, fmt print and error functions, or a method of a
// logger type (a package whose path mentions "log").
func isLogging(pass *analysis.Pass, call *ast.CallExpr) bool {
	fn := gomodel.Callee(pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	p := fn.Pkg().Path()
	switch {
	case p == "fmt":
		return strings.HasPrefix(fn.Name(), "Print") || strings.HasPrefix(fn.Name(), "Fprint") || fn.Name() == "Errorf"
	case p == "log", p == "log/slog", strings.Contains(p, "log"):
		return true
	}
	return false
}

// errChecked reports whether the error is tested or handed on after the call: it
// appears in a condition, a comparison, a return, or a non-logging call.
func errChecked(pass *analysis.Pass, body ast.Node, errVar types.Object, after token.Pos) bool {
	checked := false
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if checked {
			return false
		}
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		id, ok := n.(*ast.Ident)
		if !ok || id.Pos() < after || pass.TypesInfo.Uses[id] != errVar {
			return true
		}
		for i := len(stack) - 2; i >= 0; i-- {
			switch p := stack[i].(type) {
			case *ast.IfStmt, *ast.SwitchStmt, *ast.BinaryExpr, *ast.ReturnStmt:
				checked = true
			case *ast.CallExpr:
				if !isLogging(pass, p) {
					checked = true
				}
			case *ast.BlockStmt, *ast.FuncLit:
				return true
			}
			if checked {
				return false
			}
		}
		return true
	})
	return checked
}
