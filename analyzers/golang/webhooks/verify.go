package webhooks

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/clerklint/clerklint/analyzers/golang/gorules"
)

// fallThrough: the error branch of a verification does not stop the handler.
const fallThrough = "the handler goes on when %s fails: return (400) in the error branch"

// region is code that runs only after a verification succeeded: the rest of
// block from pos on, or a whole `if err == nil { … }` body.
type region struct {
	block *ast.BlockStmt
	from  token.Pos
}

func (r region) contains(p token.Pos) bool {
	return p >= r.from && posIn(p, r.block)
}

func runUnverified(pass *analysis.Pass) (any, error) {
	m := pass.ResultOf[model].(*Model)
	info := pass.TypesInfo
	// VerifyIgnoringTimestamp is reported wherever it is called: it accepts
	// replays of any delivery ever captured.
	if gorules.ImportsPath(pass.Pkg, gorules.IsSvixPath) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if k, _ := m.verifyKind(info, call); k == svixVerifyIgnoringTimestamp {
						reportIgnoringTimestamp(pass, call)
					}
				}
				return true
			})
		}
	}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for _, h := range m.Handlers {
		checkHandler(pass, in, m, h)
	}
	return nil, nil
}

func reportIgnoringTimestamp(pass *analysis.Pass, call *ast.CallExpr) {
	d := analysis.Diagnostic{Pos: call.Pos(), End: call.End(),
		Message: "webhook verification ignores the svix-timestamp, so replayed deliveries pass: use wh.Verify, which also checks the timestamp window"}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		d.Pos = sel.Sel.Pos()
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "use Verify",
			TextEdits: []analysis.TextEdit{{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte("Verify")}},
		}}
	}
	pass.Report(d)
}

// checkHandler finds the verifications in a handler, what happens to their
// errors, and whether the payload is decoded only where a verification succeeded.
func checkHandler(pass *analysis.Pass, in *inspector.Inspector, m *Model, h *Handler) {
	info := pass.TypesInfo
	var regions []region
	var calls []*ast.CallExpr
	reported := false
	ast.Inspect(h.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if _, ok := m.verifyKind(info, call); !ok {
			return true
		}
		calls = append(calls, call)
		rs, problem := verifiedRegions(info, pathOf(in, call), call)
		if problem != "" {
			reported = true
			pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Message: fmt.Sprintf(problem, verifyName(info, call))})
		}
		regions = append(regions, rs...)
		return true
	})
	if reported {
		return // one finding per handler is enough to fix it
	}
	as := acts(info, h.Body)
	if len(calls) == 0 {
		if h.WrappedVerified || len(as) == 0 || (h.Why == "route" && verifiesOtherwise(info, h.Body)) {
			return
		}
		first := as[0]
		for _, a := range as {
			if a.decode {
				first = a
				break
			}
		}
		verb := "decodes the payload"
		if !first.decode {
			verb = "reads the payload"
		}
		pass.Report(analysis.Diagnostic{Pos: first.node.Pos(), End: first.node.End(),
			Message: fmt.Sprintf("webhook handler%s %s without verifying its svix signature: create svix.NewWebhook(secret) and return 400 unless wh.Verify(payload, r.Header) succeeds first", where(h), verb)})
		return
	}
	for _, a := range as {
		if !a.decode || inRegions(regions, a.node.Pos()) {
			continue
		}
		msg := "webhook payload is decoded by %s before its signature is verified: verify the raw body with wh.Verify first and decode it only after that succeeded"
		if a.node.Pos() > calls[0].End() {
			msg = "webhook payload is decoded by %s where its signature verification may not have succeeded: decode it only after wh.Verify returned nil"
		}
		pass.Report(analysis.Diagnostic{Pos: a.node.Pos(), End: a.node.End(), Message: fmt.Sprintf(msg, a.what)})
		return
	}
}

func where(h *Handler) string {
	if h.Route != "" {
		return fmt.Sprintf(" for %q", h.Route)
	}
	return ""
}

func inRegions(rs []region, p token.Pos) bool {
	for _, r := range rs {
		if r.contains(p) {
			return true
		}
	}
	return false
}

func verifyName(info *types.Info, call *ast.CallExpr) string {
	if fn := gorules.CalleeFunc(info, call); fn != nil {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				return id.Name + "." + fn.Name()
			}
		}
		return fn.Name()
	}
	return "the verification"
}

// verifiedRegions works out where the verification call has succeeded, or
// what is wrong with how its error is handled (a format with one %s for the
// call's name).
func verifiedRegions(info *types.Info, path []ast.Node, call *ast.CallExpr) ([]region, string) {
	if len(path) < 3 {
		return nil, ""
	}
	const (
		discarded = "the error of %s is discarded: return 400 when it fails, before acting on the payload"
		unchecked = "the error of %s is not checked: return 400 when it fails, before acting on the payload"
	)
	parent := path[1]
	switch p := parent.(type) {
	case *ast.ExprStmt:
		return nil, discarded
	case *ast.BinaryExpr:
		// if wh.Verify(p, h) != nil { return }
		if ifs, ok := enclosingIf(path[2:], p); ok {
			return ifRegions(info, path, ifs, p.Op)
		}
		return nil, ""
	case *ast.AssignStmt:
		errID := lastIdent(p.Lhs)
		if errID == nil {
			return nil, ""
		}
		if errID.Name == "_" {
			return nil, discarded
		}
		errObj := info.ObjectOf(errID)
		// if err := wh.Verify(p, h); err != nil { … }
		if ifs, ok := path[2].(*ast.IfStmt); ok && ifs.Init == p {
			if op, ok := errCompare(info, ifs.Cond, errObj); ok {
				return ifRegions(info, path[1:], ifs, op)
			}
			return nil, unchecked
		}
		// err := wh.Verify(p, h) … if err != nil { return }
		block, ok := path[2].(*ast.BlockStmt)
		if !ok {
			return nil, ""
		}
		for i, s := range block.List {
			if s != p {
				continue
			}
			for _, next := range block.List[i+1:] {
				ifs, ok := next.(*ast.IfStmt)
				if !ok {
					continue
				}
				if op, ok := errCompare(info, ifs.Cond, errObj); ok {
					return ifRegionsIn(info, block, ifs, op)
				}
			}
		}
		return nil, unchecked
	case *ast.ReturnStmt:
		// return wh.Verify(p, h): the caller decides (echo handlers return errors).
		return nil, ""
	}
	return nil, ""
}

// pathOf lists n and its enclosing nodes, innermost first.
func pathOf(in *inspector.Inspector, n ast.Node) []ast.Node {
	c, ok := in.Root().FindNode(n)
	if !ok {
		return nil
	}
	var path []ast.Node
	for e := range c.Enclosing() {
		path = append(path, e.Node())
	}
	return path
}

func lastIdent(lhs []ast.Expr) *ast.Ident {
	if len(lhs) == 0 {
		return nil
	}
	id, _ := lhs[len(lhs)-1].(*ast.Ident)
	return id
}

// errCompare finds `err != nil` or `err == nil` in cond.
func errCompare(info *types.Info, cond ast.Expr, errObj types.Object) (token.Token, bool) {
	be, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || (be.Op != token.NEQ && be.Op != token.EQL) {
		return 0, false
	}
	for _, side := range []ast.Expr{be.X, be.Y} {
		if id, ok := ast.Unparen(side).(*ast.Ident); ok && info.ObjectOf(id) == errObj && errObj != nil {
			return be.Op, true
		}
	}
	return 0, false
}

func enclosingIf(path []ast.Node, cond ast.Expr) (*ast.IfStmt, bool) {
	for _, n := range path {
		if ifs, ok := n.(*ast.IfStmt); ok {
			return ifs, ifs.Cond == cond
		}
	}
	return nil, false
}

// ifRegions: path runs from the if statement's child upwards; the if sits in a block.
func ifRegions(info *types.Info, path []ast.Node, ifs *ast.IfStmt, op token.Token) ([]region, string) {
	for _, n := range path {
		if b, ok := n.(*ast.BlockStmt); ok && n != ifs.Body {
			if b.Pos() <= ifs.Pos() && ifs.End() <= b.End() {
				return ifRegionsIn(info, b, ifs, op)
			}
		}
	}
	return nil, ""
}

// ifRegionsIn: `if err != nil { stop }` verifies the rest of block; `if err ==
// nil { … }` verifies its body (and, when its else stops, the rest of block).
func ifRegionsIn(info *types.Info, block *ast.BlockStmt, ifs *ast.IfStmt, op token.Token) ([]region, string) {
	if op == token.NEQ {
		if !terminates(info, ifs.Body) {
			return nil, fallThrough
		}
		return []region{{block, ifs.End()}}, ""
	}
	rs := []region{{ifs.Body, ifs.Body.Lbrace}}
	if eb, ok := ifs.Else.(*ast.BlockStmt); ok && terminates(info, eb) {
		rs = append(rs, region{block, ifs.End()})
	}
	return rs, ""
}
