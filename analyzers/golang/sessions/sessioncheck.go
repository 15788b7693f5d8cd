// This file is the CLK102 pass: a session that is read but whose
// absence is not handled. It reports `claims, _ := clerk.SessionClaimsFromContext`
// with the claims used unchecked, claims used before ok is tested, and handlers
// behind the fail-open clerkhttp.WithHeaderAuthorization that never look at the
// session yet do what needs a signed-in user (with a fix to
// RequireHeaderAuthorization).

package sessions

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/golang/gomodel"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// NewSessionCheck returns the CLK102 analyzer configured with s (public routes).
func NewSessionCheck(s gorules.Settings) *analysis.Analyzer {
	return gorules.NewAnalyzer(ruleid.SessionNotChecked, func(pass *analysis.Pass) (any, error) { return runSessionCheck(pass, s) }, gomodel.Analyzer)
}

func runSessionCheck(pass *analysis.Pass, s gorules.Settings) (any, error) {
	res := pass.ResultOf[gomodel.Analyzer].(*gomodel.Result)
	// Sessions are only read in packages that use Clerk (directly or through a
	// helper package known by its facts).
	if !res.UsesClerk {
		return nil, nil
	}
	for _, f := range pass.Files {
		if gomodel.IsTestFile(pass.Fset, f.Pos()) {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			var body *ast.BlockStmt
			switch n := n.(type) {
			case *ast.FuncDecl:
				body = n.Body
			case *ast.FuncLit:
				body = n.Body
			}
			if body != nil {
				checkBody(pass, res, body)
			}
			return true
		})
	}
	checkRoutes(pass, res, s)
	return nil, nil
}

// checkBody reports session variables whose claims are used before anything
// tests ok, err or claims == nil.
func checkBody(pass *analysis.Pass, res *gomodel.Result, body *ast.BlockStmt) {
	for _, sv := range res.SessionVars(body) {
		if sv.Claims == nil || isVerifyCall(pass, sv.Source) {
			continue // nothing to misuse, or jwt.Verify (CLK104's)
		}
		if isStoredClaims(pass, sv.Source) {
			continue // claims a project adapter stored in the framework context after its own check
		}
		firstUse, checked := scan(pass.TypesInfo, body, sv)
		if firstUse == nil || checked {
			continue
		}
		src := sourceName(pass, sv.Source)
		if sv.Check == nil && sv.Kind != gomodel.SourceNil {
			pass.Report(analysis.Diagnostic{
				Pos: sv.Node.Pos(), End: sv.Node.End(),
				Message: fmt.Sprintf("the ok result of %s is discarded and %s is used unchecked: it is nil for requests without a session; test ok (and %s != nil) and return 401 first",
					src, sv.Claims.Name(), sv.Claims.Name()),
			})
			continue
		}
		what := "ok"
		switch {
		case sv.Kind == gomodel.SourceNil:
			what = sv.Claims.Name() + " != nil"
		case sv.Check != nil:
			what = sv.Check.Name()
		}
		pass.Report(analysis.Diagnostic{
			Pos: firstUse.Pos(), End: firstUse.End(),
			Message: fmt.Sprintf("session claims %s from %s are used before %s is checked: requests without a session get here; return 401 when there is no session before using them",
				sv.Claims.Name(), src, what),
		})
	}
}

// scan finds the first use of the claims after the assignment and whether a
// check (a use of ok/err, or a nil comparison of the claims) comes before it.
func scan(info *types.Info, body *ast.BlockStmt, sv gomodel.SessionVar) (first *ast.Ident, checked bool) {
	checkPos := token.Pos(-1)
	mark := func(p token.Pos) {
		if checkPos < 0 || p < checkPos {
			checkPos = p
		}
	}
	after := sv.Node.End()
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if (n.Op == token.EQL || n.Op == token.NEQ) && n.Pos() >= after {
				for _, side := range []ast.Expr{n.X, n.Y} {
					if id, ok := ast.Unparen(side).(*ast.Ident); ok && info.Uses[id] == sv.Claims {
						mark(n.Pos())
						return false
					}
				}
			}
		case *ast.ReturnStmt:
			// return claims, ok: a getter hands the check to its caller.
			if n.Pos() >= after && sv.Check != nil && mentions(info, n, sv.Check) {
				mark(n.Pos())
				return false
			}
		case *ast.Ident:
			if n.Pos() < after {
				return true
			}
			switch info.Uses[n] {
			case sv.Check:
				if sv.Check != nil {
					mark(n.Pos())
				}
			case sv.Claims:
				if first == nil || n.Pos() < first.Pos() {
					first = n
				}
			}
		}
		return true
	})
	if first == nil {
		return nil, false
	}
	return first, checkPos >= 0 && checkPos < first.Pos()
}

func mentions(info *types.Info, n ast.Node, obj types.Object) bool {
	found := false
	ast.Inspect(n, func(c ast.Node) bool {
		if id, ok := c.(*ast.Ident); ok && info.Uses[id] == obj {
			found = true
		}
		return !found
	})
	return found
}

func isVerifyCall(pass *analysis.Pass, e ast.Expr) bool {
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := gomodel.Callee(pass.TypesInfo, call)
	return gomodel.IsFunc(fn, gomodel.ClerkJWTPath, "Verify") || gomodel.IsMethod(fn, gomodel.ClerkV1Path, "VerifyToken")
}

// isStoredClaims reports whether a session source is a type assertion of a
// value read from gin's, echo's or fiber's per-request store (c.Get, c.MustGet,
// c.Locals), where an adapter middleware put the claims it checked; whether
// that adapter rejects requests without a session is judged where it is
// applied (CLK101, CLK102's fail-open middleware report).
func isStoredClaims(pass *analysis.Pass, e ast.Expr) bool {
	ta, ok := e.(*ast.TypeAssertExpr)
	if !ok {
		return false
	}
	call, ok := ast.Unparen(ta.X).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := gomodel.Callee(pass.TypesInfo, call)
	return gomodel.IsMethod(fn, gomodel.GinPath, "Get") || gomodel.IsMethod(fn, gomodel.GinPath, "MustGet") ||
		gomodel.IsMethod(fn, gomodel.EchoPath, "Get") || gomodel.IsMethod(fn, gomodel.FiberPath, "Locals")
}

func sourceName(pass *analysis.Pass, e ast.Expr) string {
	if call, ok := e.(*ast.CallExpr); ok {
		if fn := gomodel.Callee(pass.TypesInfo, call); fn != nil {
			return gomodel.FuncName(fn)
		}
	}
	return "the session type assertion"
}

// checkRoutes reports fail-open middleware in front of handlers that never read
// the session and need one (needsSession): requests without a token reach
// them as if authenticated.
func checkRoutes(pass *analysis.Pass, res *gomodel.Result, s gorules.Settings) {
	public, data, intake := s.PublicRouteGlobs(), s.PublicData(), s.PublicIntake()
	type group struct {
		mw      *gomodel.Middleware
		flagged []*gomodel.Route
		covered int
	}
	var order []*gomodel.Middleware
	groups := map[*gomodel.Middleware]*group{}
	for i, r := range res.Routes {
		mw := r.ReadsOnly()
		if mw == nil {
			continue
		}
		g := groups[mw]
		if g == nil {
			g = &group{mw: mw}
			groups[mw] = g
			order = append(order, mw)
		}
		g.covered++
		switch {
		case !r.Certain(), r.Handler.Trivial, rules.MatchRoute(public, r.Path), gomodel.IsWebhookRoute(r):
			continue
		case r.Handler.Flags&gomodel.ReadsSession != 0:
			continue // optional authentication: the handler looks at the session (its checks are judged above)
		case !needsSession(res.Endpoints[i], data, intake):
			continue // anyone may call it: the reader in front changes nothing
		}
		g.flagged = append(g.flagged, r)
	}
	for _, mw := range order {
		g := groups[mw]
		if len(g.flagged) == 0 {
			continue
		}
		var names []string
		for i, r := range g.flagged {
			if i == 3 {
				names = append(names, fmt.Sprintf("and %d more", len(g.flagged)-3))
				break
			}
			names = append(names, r.String())
		}
		what := "a route whose handler never reads"
		if len(g.flagged) > 1 {
			what = fmt.Sprintf("%d routes whose handlers never read", len(g.flagged))
		}
		name, require := types.ExprString(mw.Expr), "a session-requiring middleware"
		if mw.Clerk != nil {
			if fn := gomodel.Callee(pass.TypesInfo, mw.Clerk); fn != nil {
				name = gomodel.FuncName(fn)
				require = strings.Replace(strings.Replace(fn.Name(), "WithHeader", "RequireHeader", 1), "WithSessionV2", "RequireSessionV2", 1)
			}
		}
		d := analysis.Diagnostic{
			Pos: mw.Expr.Pos(), End: mw.Expr.End(),
			Message: fmt.Sprintf("%s lets requests without a session through to %s the session (%s): use %s, or check clerk.SessionClaimsFromContext in the handler and return 401",
				name, what, strings.Join(names, ", "), require),
		}
		// Only when every route behind this middleware is flagged does switching
		// it to the requiring variant change nothing else (public routes keep working).
		if mw.Clerk != nil && g.covered == len(g.flagged) && gomodel.FileOf(pass.Files, mw.Clerk.Pos()) != nil {
			if sel, ok := ast.Unparen(mw.Clerk.Fun).(*ast.SelectorExpr); ok && require != sel.Sel.Name {
				d.SuggestedFixes = []analysis.SuggestedFix{{
					Message:   "Use " + require,
					TextEdits: []analysis.TextEdit{{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte(require)}},
				}}
			}
		}
		pass.Report(d)
	}
}

// needsSession reports whether an endpoint behind a fail-open middleware,
// whose handler never reads the session, does what needs a signed-in
// user: judged as every framework's route that reads no session is
// (endpoint.NeedsSession, with the public-data and public-intake settings
// and the catalogue judgement by URL; public-routes are skipped before),
// so a docs page, a catalogue read or a verified receiver is not reported
// for the reader in front of it.
func needsSession(e endpoint.Endpoint, data, intake []string) bool {
	e.Public = slices.Clone(e.Public) // the result is shared with other passes
	e.Protection.State = endpoint.Unprotected
	e.Protection.Gap = nil
	endpoint.AddPublicReads(&e, data, true)
	endpoint.AddPublicWrites(&e, intake)
	return endpoint.NeedsSession(&e).Report
}
