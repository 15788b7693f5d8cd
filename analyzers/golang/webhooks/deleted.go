package webhooks

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
)

const (
	userCreated = "user.created"
	userUpdated = "user.updated"
	userDeleted = "user.deleted"
)

// runUserDeleted reports event dispatch (a switch, an if chain comparing the
// event type, a map of handlers) that covers user.created or user.updated
// while the package never mentions user.deleted outside a constant declaration.
func runUserDeleted(pass *analysis.Pass) (any, error) {
	m := pass.ResultOf[model].(*Model)
	info := pass.TypesInfo
	// Fast exit: Clerk's user events are only interesting in a package that
	// uses Clerk or Svix or serves a webhook handler; an app's own "user.created"
	// audit events are not ours to judge.
	if !m.UsesClerkOrSvix && len(m.Handlers) == 0 {
		return nil, nil
	}
	var constDecls []ast.Node
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.CONST {
				constDecls = append(constDecls, gd)
			}
		}
	}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	userEvent := func(e ast.Expr) string {
		v, ok := gorules.ConstString(info, e)
		if ok && (v == userCreated || v == userUpdated || v == userDeleted) {
			return v
		}
		return ""
	}
	// Is user.deleted handled anywhere? Any use outside a const declaration
	// counts: a case, a comparison, a map key, a registration call.
	handled := false
	for c := range in.Root().Preorder((*ast.BasicLit)(nil), (*ast.Ident)(nil), (*ast.SelectorExpr)(nil)) {
		e := c.Node().(ast.Expr)
		if userEvent(e) == userDeleted && !inAny(e.Pos(), constDecls) {
			handled = true
			break
		}
	}
	if handled {
		return nil, nil
	}
	report := func(n ast.Node, seen map[string]bool) {
		var got []string
		for _, ev := range []string{userCreated, userUpdated} {
			if seen[ev] {
				got = append(got, ev)
			}
		}
		pass.Report(analysis.Diagnostic{Pos: n.Pos(), End: n.Pos() + token.Pos(len(nodeKeyword(n))),
			Message: fmt.Sprintf("webhook handles %s but not user.deleted: delete or anonymize the user's data when Clerk deletes the user", strings.Join(got, " and "))})
	}
	// Switches on the event type.
	for c := range in.Root().Preorder((*ast.SwitchStmt)(nil)) {
		sw := c.Node().(*ast.SwitchStmt)
		seen := map[string]bool{}
		for _, st := range sw.Body.List {
			if cc, ok := st.(*ast.CaseClause); ok {
				for _, e := range cc.List {
					if ev := userEvent(e); ev != "" {
						seen[ev] = true
					}
					// switch { case evt.Type == "user.created": }
					if be, ok := e.(*ast.BinaryExpr); ok && be.Op == token.EQL {
						for _, side := range []ast.Expr{be.X, be.Y} {
							if ev := userEvent(side); ev != "" {
								seen[ev] = true
							}
						}
					}
				}
			}
		}
		if len(seen) > 0 {
			report(sw, seen)
		}
	}
	// If chains: report once per function, at the first comparison.
	reportedFunc := map[ast.Node]bool{}
	for c := range in.Root().Preorder((*ast.IfStmt)(nil)) {
		ifs := c.Node().(*ast.IfStmt)
		be, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
		if !ok || be.Op != token.EQL {
			continue
		}
		ev := userEvent(be.X)
		if ev == "" {
			ev = userEvent(be.Y)
		}
		if ev == "" {
			continue
		}
		var fn ast.Node
		for e := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
			fn = e.Node()
			break
		}
		if fn == nil || reportedFunc[fn] {
			continue
		}
		reportedFunc[fn] = true
		seen := map[string]bool{}
		ast.Inspect(fn, func(n ast.Node) bool {
			if e, ok := n.(ast.Expr); ok {
				if ev := userEvent(e); ev != "" {
					seen[ev] = true
				}
			}
			return true
		})
		report(ifs, seen)
	}
	// Handler tables: map[string]func(...){"user.created": onCreate}.
	for c := range in.Root().Preorder((*ast.CompositeLit)(nil)) {
		lit := c.Node().(*ast.CompositeLit)
		if _, ok := info.TypeOf(lit).Underlying().(*types.Map); !ok {
			continue
		}
		seen := map[string]bool{}
		for _, el := range lit.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if ev := userEvent(kv.Key); ev != "" {
					seen[ev] = true
				}
			}
		}
		if len(seen) > 0 {
			report(lit, seen)
		}
	}
	return nil, nil
}

func inAny(p token.Pos, ns []ast.Node) bool {
	for _, n := range ns {
		if posIn(p, n) {
			return true
		}
	}
	return false
}

// nodeKeyword is the leading keyword a diagnostic underlines.
func nodeKeyword(n ast.Node) string {
	switch n.(type) {
	case *ast.SwitchStmt:
		return "switch"
	case *ast.IfStmt:
		return "if"
	}
	return ""
}
