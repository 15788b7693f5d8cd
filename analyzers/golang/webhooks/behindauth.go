package webhooks

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/golang/gomodel"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/analyzers/keys"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// NewBehindAuth returns the CLK302 analyzer. It reads the route model
// (analyzers/golang/gomodel): every registration with the middleware chain a request
// passes through, the handler it reaches and what that handler does.
func NewBehindAuth(gorules.Settings) *analysis.Analyzer {
	return gorules.NewAnalyzer(ruleid.WebhookRouteBehindAuth, runBehindAuth, gomodel.Analyzer, model)
}

func runBehindAuth(pass *analysis.Pass) (any, error) {
	routes := pass.ResultOf[gomodel.Analyzer].(*gomodel.Result)
	m := pass.ResultOf[model].(*Model)
	// Fast exit: a package with no route registration has no webhook route.
	if len(routes.Routes) == 0 {
		return nil, nil
	}
	for _, r := range routes.Routes {
		if !isWebhookRoute(r, m) {
			continue
		}
		var by string
		var related []analysis.RelatedInformation
		if mw := r.ProtectedBy(); mw != nil {
			by = types.ExprString(mw.Expr)
			if mw.Expr.Pos().IsValid() && (mw.Expr.Pos() < r.Call.Pos() || mw.Expr.Pos() >= r.Call.End()) {
				related = append(related, analysis.RelatedInformation{Pos: mw.Expr.Pos(), End: mw.Expr.End(), Message: "session protection applied here"})
			}
		} else if r.Handler.Known && r.Handler.Flags&gomodel.VerifiesSession != 0 {
			by = "a session check in its handler"
		} else {
			continue
		}
		pass.Report(analysis.Diagnostic{Pos: r.Call.Pos(), End: r.Call.End(), Related: related,
			Message: fmt.Sprintf("webhook route %s requires a Clerk session (%s): Svix delivers without one, so every delivery is rejected; register it outside the protected routes and verify its svix signature instead", r, by)})
	}
	return nil, nil
}

// isWebhookRoute: the handler reads svix-* headers or calls svix (the route
// model's Webhook flag, or a handler this package's webhook model found), or
// the path says webhook and no other vendor.
func isWebhookRoute(r *gomodel.Route, m *Model) bool {
	if r.Handler.Known && r.Handler.Flags&gomodel.Webhook != 0 {
		return true
	}
	for _, h := range m.Handlers {
		if h.Why == "route" {
			continue // a webhook because of another registration's path, not its content
		}
		if (r.Handler.Lit != nil && h.Node == ast.Node(r.Handler.Lit)) ||
			(r.Handler.Func != nil && isDeclOf(h.Node, r.Handler.Func)) {
			return true
		}
	}
	if !r.PathKnown || !strings.Contains(strings.ToLower(r.Path), "webhook") || !acceptsPost(r) {
		return false
	}
	return !keys.IsForeignVendor(keys.NearestVendor(r.Path))
}

// acceptsPost: Svix delivers with POST, so a route under a webhook path
// answering only other methods (listing or deleting the user's own webhook
// subscriptions) is no receiver.
func acceptsPost(r *gomodel.Route) bool {
	return r.Method == "" || slices.Contains(strings.Split(r.Method, ","), "POST")
}

func isDeclOf(n ast.Node, fn *types.Func) bool {
	fd, ok := n.(*ast.FuncDecl)
	return ok && fd.Name.Pos() == fn.Pos()
}
