// This file is the CLK101 pass: an endpoint of a Clerk-using Go
// service registered with no session protection at all.

package sessions

import (
	"fmt"
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/golang/gomodel"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
)

// UnprotectedEndpoint is the rule this pass implements.
const UnprotectedEndpoint = "CLK101"

// NewUnprotected returns the CLK101 analyzer configured with s (public routes).
func NewUnprotected(s gorules.Settings) *analysis.Analyzer {
	return gorules.NewAnalyzer(UnprotectedEndpoint, func(pass *analysis.Pass) (any, error) { return runUnprotected(pass, s) }, gomodel.Analyzer)
}

func runUnprotected(pass *analysis.Pass, s gorules.Settings) (any, error) {
	res := pass.ResultOf[gomodel.Analyzer].(*gomodel.Result)
	// A service that does not use Clerk is not ours to judge, and a package
	// without routes has nothing to report.
	if !res.UsesClerk || len(res.Routes) == 0 {
		return nil, nil
	}
	public := s.PublicRouteGlobs()
	for _, r := range res.Routes {
		switch {
		case !r.Certain():
			continue // router, path, middleware or handler not followed: no guess
		case r.Protected(), r.ReadsOnly() != nil:
			continue // protected, or behind fail-open middleware (CLK102)
		case r.Handler.Trivial, gorules.MatchRoute(public, r.Path):
			continue
		case gomodel.IsWebhookRoute(r):
			continue // authenticated by its signature (CLK301)
		}
		d := analysis.Diagnostic{
			Pos: r.Call.Pos(),
			End: r.Call.End(),
			Message: fmt.Sprintf("route %s (%s, registered in %s) has no Clerk session check: put it behind clerkhttp.RequireHeaderAuthorization() (on the route, its group or the whole mux) or verify clerk.SessionClaimsFromContext in the handler, or list it in public-routes if it is meant to be public",
				r, r.Framework, funcName(r.Func)),
		}
		if fix, ok := suggestFix(pass, r); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
		pass.Report(d)
	}
	return nil, nil
}

func funcName(fd *ast.FuncDecl) string {
	if fd == nil {
		return "a package initializer"
	}
	if fd.Recv != nil && len(fd.Recv.List) == 1 {
		t := fd.Recv.List[0].Type
		if st, ok := t.(*ast.StarExpr); ok {
			t = st.X
		}
		if id, ok := t.(*ast.Ident); ok {
			return id.Name + "." + fd.Name.Name
		}
	}
	return fd.Name.Name
}

// suggestFix wraps the handler with RequireHeaderAuthorization when that is a
// mechanical edit: the file already imports clerkhttp, and the router takes an
// http.Handler (net/http Handle, HandleFunc turned into Handle), a chi route
// (inserting .With(...)) or echo route middleware (echo.WrapMiddleware).
func suggestFix(pass *analysis.Pass, r *gomodel.Route) (analysis.SuggestedFix, bool) {
	file := gomodel.FileOf(pass.Files, r.Call.Pos())
	if file == nil {
		return analysis.SuggestedFix{}, false
	}
	clerkhttp := gomodel.ImportName(pass.TypesInfo, file, gomodel.ClerkHTTPPath)
	if clerkhttp == "" || r.Call.Ellipsis.IsValid() {
		return analysis.SuggestedFix{}, false
	}
	mw := clerkhttp + ".RequireHeaderAuthorization()"
	sel, isSel := ast.Unparen(r.Call.Fun).(*ast.SelectorExpr)
	name := ""
	if isSel {
		name = sel.Sel.Name
	}
	args := r.Call.Args
	msg := "Wrap the handler with " + mw
	switch r.Framework {
	case gomodel.NetHTTP:
		if len(args) != 2 {
			break
		}
		switch name {
		case "Handle":
			return analysis.SuggestedFix{Message: msg, TextEdits: []analysis.TextEdit{
				{Pos: args[1].Pos(), End: args[1].Pos(), NewText: []byte(mw + "(")},
				{Pos: args[1].End(), End: args[1].End(), NewText: []byte(")")},
			}}, true
		case "HandleFunc":
			nethttp := gomodel.ImportName(pass.TypesInfo, file, "net/http")
			if nethttp == "" {
				break
			}
			return analysis.SuggestedFix{Message: msg, TextEdits: []analysis.TextEdit{
				{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte("Handle")},
				{Pos: args[1].Pos(), End: args[1].Pos(), NewText: []byte(mw + "(" + nethttp + ".HandlerFunc(")},
				{Pos: args[1].End(), End: args[1].End(), NewText: []byte("))")},
			}}, true
		}
	case gomodel.Chi:
		if isSel {
			return analysis.SuggestedFix{Message: msg, TextEdits: []analysis.TextEdit{
				{Pos: sel.X.End(), End: sel.X.End(), NewText: []byte(".With(" + mw + ")")},
			}}, true
		}
	case gomodel.Echo:
		echo := gomodel.ImportName(pass.TypesInfo, file, gomodel.EchoPath)
		if echo == "" || len(args) < 2 {
			break
		}
		last := args[len(args)-1]
		return analysis.SuggestedFix{Message: msg, TextEdits: []analysis.TextEdit{
			{Pos: last.End(), End: last.End(), NewText: []byte(", " + echo + ".WrapMiddleware(" + mw + ")")},
		}}, true
	}
	return analysis.SuggestedFix{}, false
}
