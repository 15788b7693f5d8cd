// Package clerkerr reports CLK501: an error returned by a clerk-sdk-go API call
// that is dropped (`u, _ := user.Get(…)`, a bare `user.Delete(…)` statement),
// never checked, overwritten before it is checked, or checked only after the
// result was used, including the "if err != nil { // handle }" branch that does
// not stop and lets the nil result through (the seed guide's Clerk outage case).
//
// Token verification (jwt.Verify, jwt.Decode, v1 VerifyToken/DecodeToken) is
// left to the session rules (CLK102/CLK104), which say more than "an error".
package clerkerr

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// New returns the CLK501 analyzer.
func New(gorules.Settings) *analysis.Analyzer {
	return gorules.NewAnalyzer(ruleid.ClerkErrorIgnored, run, inspect.Analyzer)
}

func run(pass *analysis.Pass) (any, error) {
	// Fast exit: without importing clerk-sdk-go the package makes no Clerk call.
	if !gorules.ImportsPath(pass.Pkg, gorules.IsClerkSDKPath) {
		return nil, nil
	}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for c := range in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		fn := gorules.CalleeFunc(pass.TypesInfo, call)
		if !isClerkAPICall(fn) {
			continue
		}
		checkCall(pass, c, call, fn)
	}
	return nil, nil
}

// isClerkAPICall: a clerk-sdk-go function or method whose last result is an
// error and that returns something besides it.
func isClerkAPICall(fn *types.Func) bool {
	if fn == nil || !gorules.IsClerkSDKPath(gorules.FuncPath(fn)) {
		return false
	}
	path := gorules.FuncPath(fn)
	if path == gorules.ClerkSDKPath+"/jwt" {
		return false // CLK102/CLK104
	}
	if strings.HasPrefix(path, gorules.ClerkSDKV1Path) && (fn.Name() == "VerifyToken" || fn.Name() == "DecodeToken") {
		return false // CLK102/CLK104 (v1)
	}
	res := fn.Signature().Results()
	return res.Len() >= 2 && isError(res.At(res.Len()-1).Type())
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

func callName(fn *types.Func) string {
	if r := gorules.RecvTypeName(fn); r != "" {
		return fn.Pkg().Name() + "." + r + "." + fn.Name()
	}
	return fn.Pkg().Name() + "." + fn.Name()
}

func checkCall(pass *analysis.Pass, c inspector.Cursor, call *ast.CallExpr, fn *types.Func) {
	name := callName(fn)
	switch p := c.Parent().Node().(type) {
	case *ast.ExprStmt, *ast.GoStmt, *ast.DeferStmt:
		pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(),
			Message: fmt.Sprintf("result and error of %s are discarded: check the error, the call fails when Clerk is unreachable or rate-limits", name)})
	case *ast.AssignStmt:
		if len(p.Rhs) == 1 && len(p.Lhs) == fn.Signature().Results().Len() {
			checkAssign(pass, c, p, p.Lhs, name)
		}
	case *ast.ValueSpec:
		if len(p.Values) == 1 && len(p.Names) == fn.Signature().Results().Len() {
			lhs := make([]ast.Expr, len(p.Names))
			for i, id := range p.Names {
				lhs[i] = id
			}
			checkAssign(pass, c, p, lhs, name)
		}
	}
}

// checkAssign follows the result and error variables of `res, err := call` in
// the enclosing function, in source order.
func checkAssign(pass *analysis.Pass, c inspector.Cursor, stmt ast.Node, lhs []ast.Expr, name string) {
	info := pass.TypesInfo
	errExpr := lhs[len(lhs)-1]
	errID, ok := errExpr.(*ast.Ident)
	if !ok {
		return // err stored in a field or element: out of reach
	}
	var results []types.Object
	for _, e := range lhs[:len(lhs)-1] {
		if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
			if obj := info.ObjectOf(id); obj != nil {
				results = append(results, obj)
			}
		}
	}
	resultName := "the result"
	if len(results) > 0 {
		resultName = results[0].Name()
	}
	if errID.Name == "_" {
		pass.Report(analysis.Diagnostic{Pos: errID.Pos(), End: errID.End(),
			Message: fmt.Sprintf("error of %s is discarded: check it and stop on failure, or %s is nil when Clerk is unreachable", name, resultName)})
		return
	}
	errObj := info.ObjectOf(errID)
	ftype, body := enclosingFunc(c)
	if errObj == nil || body == nil {
		return
	}
	ev := events(info, body, stmt.End(), errObj, results, isNamedResult(info, ftype, errObj))
	switch {
	case ev.errRead == nil && ev.errWrite == nil:
		pass.Report(analysis.Diagnostic{Pos: errID.Pos(), End: errID.End(),
			Message: fmt.Sprintf("error of %s is never checked: check it and stop on failure, the call fails when Clerk is unreachable", name)})
	case ev.errRead == nil || (ev.errWrite != nil && ev.errWrite.Pos() < ev.errRead.Pos()):
		pass.Report(analysis.Diagnostic{Pos: ev.errWrite.Pos(), End: ev.errWrite.End(),
			Message: fmt.Sprintf("error of %s is overwritten before it is checked: check it right after the call", name)})
	case ev.resultUse != nil && ev.resultUse.Pos() < ev.errRead.Pos() && !sameStatement(body, ev.resultUse, ev.errRead):
		pass.Report(analysis.Diagnostic{Pos: ev.resultUse.Pos(), End: ev.resultUse.End(),
			Message: fmt.Sprintf("%s is used before the error of %s is checked: check err first, %s is nil when Clerk is unreachable", ev.resultUse.Name, name, ev.resultUse.Name)})
	default:
		// The first check: `if err != nil { … }` that does not stop, followed by a use.
		ifs := errCheckIf(body, ev.errRead)
		if ifs == nil || terminates(info, ifs.Body) || ifs.Else != nil {
			return
		}
		if use := firstUseAfter(info, body, ifs.End(), results); use != nil {
			pass.Report(analysis.Diagnostic{Pos: use.Pos(), End: use.End(),
				Message: fmt.Sprintf("%s is used after its error branch falls through: return (or stop) when %s fails, %s is nil on a Clerk outage", use.Name, name, use.Name)})
		}
	}
}

// enclosingFunc is the signature and body of the innermost function around c.
func enclosingFunc(c inspector.Cursor) (*ast.FuncType, *ast.BlockStmt) {
	for fc := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch f := fc.Node().(type) {
		case *ast.FuncDecl:
			return f.Type, f.Body
		case *ast.FuncLit:
			return f.Type, f.Body
		}
	}
	return nil, nil
}

func isNamedResult(info *types.Info, ft *ast.FuncType, obj types.Object) bool {
	if ft == nil || ft.Results == nil {
		return false
	}
	for _, f := range ft.Results.List {
		for _, n := range f.Names {
			if info.Defs[n] == obj {
				return true
			}
		}
	}
	return false
}

type eventSet struct {
	// errRead is the first read of the error: an identifier, or a bare return
	// of a named error result.
	errRead             ast.Node
	errWrite, resultUse *ast.Ident
}

// events finds, after pos, the first read and the first overwrite of errObj and
// the first read of a result.
func events(info *types.Info, body *ast.BlockStmt, pos token.Pos, errObj types.Object, results []types.Object, namedResult bool) eventSet {
	writes := writtenIdents(body)
	var ev eventSet
	ast.Inspect(body, func(n ast.Node) bool {
		if ret, ok := n.(*ast.ReturnStmt); ok && namedResult && len(ret.Results) == 0 && ret.Pos() >= pos && ev.errRead == nil {
			ev.errRead = ret
			return true
		}
		id, ok := n.(*ast.Ident)
		if !ok || id.Pos() < pos {
			return true
		}
		obj := info.Uses[id]
		switch {
		case obj == nil:
		case obj == errObj && writes[id]:
			if ev.errWrite == nil {
				ev.errWrite = id
			}
		case obj == errObj:
			if ev.errRead == nil {
				ev.errRead = id
			}
		case ev.resultUse == nil && !writes[id] && containsObj(results, obj):
			ev.resultUse = id
		}
		return true
	})
	return ev
}

// writtenIdents are identifiers assigned to (=, :=, op=).
func writtenIdents(body *ast.BlockStmt) map[*ast.Ident]bool {
	w := map[*ast.Ident]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok {
					w[id] = true
				}
			}
		}
		return true
	})
	return w
}

func containsObj(objs []types.Object, o types.Object) bool {
	for _, x := range objs {
		if x == o {
			return true
		}
	}
	return false
}

func firstUseAfter(info *types.Info, body *ast.BlockStmt, pos token.Pos, results []types.Object) *ast.Ident {
	var found *ast.Ident
	ast.Inspect(body, func(n ast.Node) bool {
		if found != nil {
			return false
		}
		if id, ok := n.(*ast.Ident); ok && id.Pos() >= pos && containsObj(results, info.Uses[id]) {
			found = id
		}
		return true
	})
	return found
}

// sameStatement reports whether a and b sit in the same innermost statement
// (return u, err).
func sameStatement(body *ast.BlockStmt, a, b ast.Node) bool {
	var sa, sb ast.Stmt
	ast.Inspect(body, func(n ast.Node) bool {
		s, ok := n.(ast.Stmt)
		if !ok {
			return true
		}
		if s.Pos() <= a.Pos() && a.End() <= s.End() {
			sa = s
		}
		if s.Pos() <= b.Pos() && b.End() <= s.End() {
			sb = s
		}
		return true
	})
	return sa != nil && sa == sb
}

// errCheckIf returns the if statement whose condition is `err != nil` (or
// contains it) at the error's first read.
func errCheckIf(body *ast.BlockStmt, read ast.Node) *ast.IfStmt {
	var found *ast.IfStmt
	ast.Inspect(body, func(n ast.Node) bool {
		ifs, ok := n.(*ast.IfStmt)
		if !ok || found != nil {
			return found == nil
		}
		if ifs.Cond.Pos() <= read.Pos() && read.End() <= ifs.Cond.End() {
			if be, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr); ok && be.Op == token.NEQ {
				found = ifs
			}
			return false
		}
		return true
	})
	return found
}

// terminates reports whether a block ends the normal flow: return, break,
// continue, goto, panic, os.Exit, log.Fatal*/Panic*, testing Fatal*/FailNow/Skip*.
func terminates(info *types.Info, b *ast.BlockStmt) bool {
	if b == nil || len(b.List) == 0 {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	case *ast.BlockStmt:
		return terminates(info, s)
	case *ast.IfStmt:
		if s.Else == nil {
			return false
		}
		eb, ok := s.Else.(*ast.BlockStmt)
		return ok && terminates(info, s.Body) && terminates(info, eb)
	case *ast.ExprStmt:
		call, ok := s.X.(*ast.CallExpr)
		if !ok {
			return false
		}
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "panic" {
			if _, builtin := info.Uses[id].(*types.Builtin); builtin {
				return true
			}
		}
		fn := gorules.CalleeFunc(info, call)
		switch {
		case gorules.IsPkgFunc(fn, "os", "Exit"), gorules.IsPkgFunc(fn, "runtime", "Goexit"):
			return true
		case fn != nil && (gorules.FuncPath(fn) == "log" || gorules.FuncPath(fn) == "testing"):
			n := fn.Name()
			return strings.HasPrefix(n, "Fatal") || strings.HasPrefix(n, "Panic") || n == "FailNow" || strings.HasPrefix(n, "Skip")
		}
	}
	return false
}
