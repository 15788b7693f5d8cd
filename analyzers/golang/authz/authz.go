// Package authz is the CLK201 pass: authenticated endpoints that are privileged
// (an admin or internal path, or a handler calling a privileged Clerk Backend
// API) without any role or permission check, and role checks written without
// the org: prefix, which never match.
package authz

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/golang/gomodel"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// New returns the CLK201 analyzer configured with s (privileged routes).
func New(s gorules.Settings) *analysis.Analyzer {
	return gorules.NewAnalyzer(ruleid.MissingAuthorization, func(pass *analysis.Pass) (any, error) { return run(pass, s) }, gomodel.Analyzer)
}

func run(pass *analysis.Pass, s gorules.Settings) (any, error) {
	res := pass.ResultOf[gomodel.Analyzer].(*gomodel.Result)
	// Roles and privileged Clerk APIs only exist in packages that use Clerk.
	if !res.UsesClerk {
		return nil, nil
	}
	privileged := s.PrivilegedRouteGlobs()
	for _, r := range res.Routes {
		if !r.PathKnown || !r.ContextKnown || r.InLoop || !r.Handler.Known || unknownMiddleware(r) {
			continue // a middleware or handler the model cannot see may check the role
		}
		if !r.Protected() && r.Handler.Flags&gomodel.ReadsSession == 0 {
			continue // not authenticated at all: CLK101 or CLK102
		}
		if checksRole(r) {
			continue
		}
		onPath := rules.MatchRoute(privileged, r.Path)
		api := ""
		if r.Handler.Flags&gomodel.CallsPrivileged != 0 {
			api = privilegedCall(pass, res, r)
		}
		switch {
		case api != "":
			pass.Reportf(r.Call.Pos(), "route %s calls %s, a privileged Clerk API, but checks no role or permission: any signed-in user can do it; check claims.HasPermission(\"org:...\") or HasRole(\"org:admin\") (in the handler or a middleware on its group) first", r, api)
		case onPath:
			pass.Reportf(r.Call.Pos(), "route %s is privileged (privileged-routes) but only checks that a user is signed in: check claims.HasPermission(\"org:...\") or HasRole(\"org:admin\") in the handler or a middleware on its group", r)
		}
	}
	checkRoleLiterals(pass)
	return nil, nil
}

func unknownMiddleware(r *gomodel.Route) bool {
	for _, mw := range r.Chain {
		if !mw.Known {
			return true
		}
	}
	return false
}

func checksRole(r *gomodel.Route) bool {
	if r.Handler.Flags&gomodel.ChecksRole != 0 {
		return true
	}
	for _, mw := range r.Chain {
		if mw.Flags&gomodel.ChecksRole != 0 {
			return true
		}
	}
	return false
}

// privilegedCall names the privileged API a handler calls, when its body is in
// this package; otherwise it describes the handler.
func privilegedCall(pass *analysis.Pass, res *gomodel.Result, r *gomodel.Route) string {
	var body ast.Node
	if r.Handler.Lit != nil {
		body = r.Handler.Lit.Body
	} else if fn := r.Handler.Func; fn != nil && fn.Pkg() == pass.Pkg {
		for _, f := range pass.Files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && pass.TypesInfo.Defs[fd.Name] == fn {
					body = fd.Body
				}
			}
		}
	}
	name := ""
	if body != nil {
		ast.Inspect(body, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && name == "" {
				name = res.PrivilegedAPI(call)
			}
			return name == ""
		})
	}
	if name == "" {
		if r.Handler.Func != nil {
			return gomodel.FuncName(r.Handler.Func) + " (which calls one)"
		}
		return "a privileged Clerk API"
	}
	return name
}

// checkRoleLiterals reports role and permission literals without the org:
// prefix: Clerk's org_role and org_permissions always carry it, so
// HasRole("admin") and ActiveOrganizationRole == "admin" are never true.
func checkRoleLiterals(pass *analysis.Pass) {
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				fn := gomodel.Callee(pass.TypesInfo, n)
				if (gomodel.IsMethod(fn, gomodel.ClerkPath, "HasRole") || gomodel.IsMethod(fn, gomodel.ClerkPath, "HasPermission")) && len(n.Args) == 1 {
					reportLiteral(pass, n.Args[0], fn.Name()+"(...)")
				}
			case *ast.BinaryExpr:
				if n.Op != token.EQL && n.Op != token.NEQ {
					return true
				}
				for _, pair := range [][2]ast.Expr{{n.X, n.Y}, {n.Y, n.X}} {
					if sel, ok := ast.Unparen(pair[0]).(*ast.SelectorExpr); ok && sel.Sel.Name == "ActiveOrganizationRole" && pass.TypesInfo.Selections[sel] != nil {
						reportLiteral(pass, pair[1], "ActiveOrganizationRole")
					}
				}
			}
			return true
		})
	}
}

func reportLiteral(pass *analysis.Pass, arg ast.Expr, what string) {
	tv, ok := pass.TypesInfo.Types[arg]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return
	}
	v := constant.StringVal(tv.Value)
	if v == "" || strings.HasPrefix(v, "org:") {
		return
	}
	d := analysis.Diagnostic{
		Pos: arg.Pos(), End: arg.End(),
		Message: fmt.Sprintf("%q is never a Clerk role or permission, so this %s check always fails: organization roles and permissions carry the org: prefix; use %q", v, what, "org:"+v),
	}
	if lit, ok := ast.Unparen(arg).(*ast.BasicLit); ok && lit.Kind == token.STRING {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "Use " + strconv.Quote("org:"+v),
			TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(strconv.Quote("org:" + v))}},
		}}
	}
	pass.Report(d)
}
