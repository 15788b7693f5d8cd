// This file is the CLK101 pass: an endpoint of a Clerk-using Go
// service registered with no session protection at all.

package sessions

import (
	"fmt"
	"go/ast"
	"path/filepath"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/golang/gomodel"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// NewUnprotected returns the CLK101 analyzer configured with s (public routes).
func NewUnprotected(s gorules.Settings) *analysis.Analyzer {
	return gorules.NewAnalyzer(ruleid.UnprotectedEndpoint, func(pass *analysis.Pass) (any, error) { return runUnprotected(pass, s) }, gomodel.Analyzer)
}

func runUnprotected(pass *analysis.Pass, s gorules.Settings) (any, error) {
	res := pass.ResultOf[gomodel.Analyzer].(*gomodel.Result)
	// A service that does not use Clerk is not ours to judge, and a package
	// without routes has nothing to report.
	if !res.UsesClerk || len(res.Routes) == 0 {
		return nil, nil
	}
	public, publicData, intake := s.PublicRouteGlobs(), s.PublicData(), s.PublicIntake()
	for i, r := range res.Routes {
		e := res.Endpoints[i]
		// The result is shared with other passes: never append into it.
		e.Public = slices.Clone(e.Public)
		if e.URL != "" && !endpoint.Has(e.Public, endpoint.HealthPath) {
			for _, g := range public {
				if rules.MatchRoute([]rules.Glob{g}, e.URL) {
					e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.PublicConfig, What: "public-routes " + g.String(), Broad: g.Broad()})
					break
				}
			}
		}
		endpoint.AddPublicReads(&e, publicData, false) // the route model judged the URL (gomodel.endpoints)
		endpoint.AddPublicWrites(&e, intake)
		v := endpoint.NeedsSession(shortPaths(e))
		if !v.Report {
			continue // protected, fail-open (CLK102), not followed, public by design or effect-free
		}
		where := "registered in " + funcName(r.Func)
		if imp := r.Imported(); imp != nil {
			where = fmt.Sprintf("registered by %s at %s on the router %s passes it", imp.Registrar, shortPaths(imp.Endpoint).Registration, funcName(r.Func))
		}
		d := analysis.Diagnostic{
			Pos: r.Call.Pos(),
			End: r.Call.End(),
			Message: fmt.Sprintf("route %s (%s, %s) has no Clerk session check and %s: put it behind clerkhttp.RequireHeaderAuthorization() (on the route, its group or the whole mux) or verify clerk.SessionClaimsFromContext in the handler, or list it in public-routes if it is meant to be public",
				r, r.Framework, where, v.Reason),
		}
		if fix, ok := suggestFix(pass, r); ok && r.Imported() == nil {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
		pass.Report(d)
	}
	return nil, nil
}

// shortPaths returns a copy of an endpoint whose positions name files by their
// base name, so messages read "db.Exec at items.go:12" rather than an
// absolute path of the machine that ran the pass.
func shortPaths(e endpoint.Endpoint) *endpoint.Endpoint {
	short := e.WithFiles(filepath.Base)
	return &short
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
