package inventory

import (
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/cmd/clerklint/internal/report"
	"github.com/clerklint/clerklint/rules"
)

// testTool pins the version so golden files do not depend on the test binary.
var testTool = report.Tool{Name: "clerklint", Version: "v0.0.0-test"}

// fakeBody returns a deterministic alphanumeric key body of length n; keys are
// assembled at run time so no file in the repository holds a key-shaped
// literal.
func fakeBody(seed string, n int) string {
	const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	var b strings.Builder
	x := uint32(2166136261)
	for _, c := range []byte(seed) {
		x = (x ^ uint32(c)) * 16777619
	}
	for b.Len() < n {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b.WriteByte(alnum[x%62])
	}
	return b.String()
}

// Fake credentials planted in the fixture.
var (
	liveSecret = "sk_" + "live_" + fakeBody("inventory-live", 42)
	// pathSecret is a key without a finding: only its shape can redact it.
	pathSecret = "sk_" + "test_" + fakeBody("inventory-path", 42)
)

func pos(file string, line int) endpoint.Pos { return endpoint.Pos{File: file, Line: line} }

// sharedEndpoints is the one endpoint fixture every format is rendered from:
// every exposure, every evidence kind a cell shows, a handler in another file
// than its registration, unknown effects, long paths that must wrap, and keys
// planted in a file name, a URL, evidence and an effect target.
func sharedEndpoints() []endpoint.Endpoint {
	keyDir := "app/api/debug/" + pathSecret + "/route.ts"
	return []endpoint.Endpoint{
		{
			Framework: "next-app", Kind: endpoint.Route, Methods: []string{"POST"}, URL: "/api/orders", Name: "POST",
			Registration: pos("app/api/orders/route.ts", 4), Handler: pos("app/api/orders/route.ts", 4), HandlerEnd: 20,
			Protection: endpoint.Protection{State: endpoint.Unprotected},
			Inputs:     []endpoint.Input{{Kind: endpoint.Body, At: pos("app/api/orders/route.ts", 5)}},
			Effects: []endpoint.Effect{{
				Kind: endpoint.DBWrite, Target: "prisma.order.create", Model: "order", At: pos("app/api/orders/route.ts", 12),
			}},
			EffectsKnown: true,
		},
		{
			Framework: "next-app", Kind: endpoint.Route, Methods: []string{"DELETE"}, URL: "/api/admin/organizations/[orgId]/members/[userId]", Name: "DELETE",
			Registration: pos("app/api/admin/organizations/[orgId]/members/[userId]/route.ts", 6),
			Handler:      pos("app/api/admin/organizations/[orgId]/members/[userId]/route.ts", 6), HandlerEnd: 30,
			Protection: endpoint.Protection{State: endpoint.Protected, By: []endpoint.Evidence{
				{Kind: endpoint.GlobalMiddleware, What: "clerkMiddleware() + auth.protect() for isProtectedRoute", At: pos("middleware.ts", 8)},
			}},
			Inputs: []endpoint.Input{
				{Kind: endpoint.PathParam, Name: "orgId", At: pos("app/api/admin/organizations/[orgId]/members/[userId]/route.ts", 7)},
				{Kind: endpoint.PathParam, Name: "userId", At: pos("app/api/admin/organizations/[orgId]/members/[userId]/route.ts", 7)},
			},
			Effects: []endpoint.Effect{{
				Kind: endpoint.ClerkAPI, Target: "clerkClient.organizations.deleteOrganizationMembership",
				At: pos("app/api/admin/organizations/[orgId]/members/[userId]/route.ts", 14),
			}},
			EffectsKnown: true,
		},
		{
			Framework: "next-action", Kind: endpoint.Action, Name: "createInvoice",
			Registration: pos("app/billing/actions.ts", 10), Handler: pos("app/billing/actions.ts", 10), HandlerEnd: 30,
			Protection: endpoint.Protection{State: endpoint.Protected, By: []endpoint.Evidence{
				{Kind: endpoint.HandlerCheck, What: "await auth.protect()", At: pos("app/billing/actions.ts", 11)},
			}},
			Authz: []endpoint.Evidence{
				{Kind: endpoint.PermissionCheck, What: "has({ permission: 'org:invoices:create' })", At: pos("app/billing/actions.ts", 12)},
			},
			Sessions: []endpoint.SessionRead{{What: "auth()", At: pos("app/billing/actions.ts", 11), Checked: true}},
			Inputs:   []endpoint.Input{{Kind: endpoint.Argument, Name: "customerId", At: pos("app/billing/actions.ts", 10)}},
			Effects: []endpoint.Effect{
				{Kind: endpoint.DBWrite, Target: "prisma.invoice.create", At: pos("app/billing/actions.ts", 20)},
				{Kind: endpoint.Outbound, Target: "stripe.invoices.create", At: pos("app/billing/actions.ts", 25)},
				{Kind: endpoint.Outbound, Target: "fetch", CallerCredential: true, At: pos("app/billing/actions.ts", 27)},
				{Kind: endpoint.Outbound, Target: "fetch", Anonymous: true, At: pos("app/billing/actions.ts", 28)},
			},
			EffectsKnown: true,
		},
		{
			Framework: "chi", Kind: endpoint.Route, Methods: []string{"GET"}, URL: "/items/{id}", Name: "handlers.GetItem",
			Registration: pos("cmd/api/main.go", 30), Handler: pos("internal/handlers/items.go", 15), HandlerEnd: 40,
			Protection: endpoint.Protection{State: endpoint.Protected, By: []endpoint.Evidence{
				{Kind: endpoint.GroupMiddleware, What: "clerkhttp.RequireHeaderAuthorization()", At: pos("cmd/api/main.go", 25)},
			}},
			Authz: []endpoint.Evidence{
				{Kind: endpoint.OwnershipCheck, What: "item.OwnerID == claims.Subject", At: pos("internal/handlers/items.go", 22)},
			},
			Inputs:       []endpoint.Input{{Kind: endpoint.PathParam, Name: "id", At: pos("internal/handlers/items.go", 16)}},
			Effects:      []endpoint.Effect{{Kind: endpoint.DBRead, Target: "db.QueryRowContext", Model: "items", Filter: []string{"id"}, At: pos("internal/handlers/items.go", 18)}},
			EffectsKnown: true,
		},
		{
			Framework: "chi", Kind: endpoint.Route, Methods: []string{"POST"}, URL: "/admin/reindex", Name: "handlers.Reindex",
			Registration: pos("cmd/api/main.go", 22), Handler: pos("internal/handlers/admin.go", 8), HandlerEnd: 25,
			Protection: endpoint.Protection{State: endpoint.Unprotected, Gap: &endpoint.Evidence{
				Kind: endpoint.BeforeGlobalAuth, What: "r.Use(clerkhttp.RequireHeaderAuthorization())", At: pos("cmd/api/main.go", 24),
			}},
		},
		{
			Framework: "chi", Kind: endpoint.Route, Methods: []string{"GET"}, URL: "/healthz",
			Registration: pos("cmd/api/main.go", 20), Handler: pos("cmd/api/main.go", 20), HandlerEnd: 20,
			Protection:   endpoint.Protection{State: endpoint.Unprotected},
			Public:       []endpoint.Evidence{{Kind: endpoint.HealthPath, What: "/healthz", At: pos("cmd/api/main.go", 20)}},
			EffectsKnown: true,
		},
		{
			Framework: "next-app", Kind: endpoint.Route, Methods: []string{"POST"}, URL: "/api/webhooks/clerk", Name: "POST",
			Registration: pos("app/api/webhooks/clerk/route.ts", 5), Handler: pos("app/api/webhooks/clerk/route.ts", 5), HandlerEnd: 40,
			Protection: endpoint.Protection{State: endpoint.Unprotected},
			Public: []endpoint.Evidence{
				{Kind: endpoint.PublicMatcher, What: "createRouteMatcher(['/api(.*)'])", At: pos("middleware.ts", 4), Broad: true},
				{Kind: endpoint.WebhookVerify, What: "await verifyWebhook(req)", At: pos("app/api/webhooks/clerk/route.ts", 7)},
			},
			Inputs: []endpoint.Input{{Kind: endpoint.Body, At: pos("app/api/webhooks/clerk/route.ts", 7)}, {Kind: endpoint.Header, Name: "svix-id", At: pos("app/api/webhooks/clerk/route.ts", 7)}},
			Effects: []endpoint.Effect{
				{Kind: endpoint.DBWrite, Target: "prisma.user.upsert", At: pos("app/api/webhooks/clerk/route.ts", 15)},
				{Kind: endpoint.DBWrite, Target: "prisma.user.delete", At: pos("app/api/webhooks/clerk/route.ts", 22)},
			},
			EffectsKnown: true,
		},
		{
			Framework: "next-app", Kind: endpoint.Route, Methods: []string{"GET"}, URL: "/api/profile", Name: "GET",
			Registration: pos("app/api/profile/route.ts", 3), Handler: pos("app/api/profile/route.ts", 3), HandlerEnd: 12,
			Protection: endpoint.Protection{State: endpoint.ReadsOnly, By: []endpoint.Evidence{
				{Kind: endpoint.FailOpen, What: "clerkMiddleware()", At: pos("middleware.ts", 8)},
			}},
			Sessions:     []endpoint.SessionRead{{What: "await auth()", At: pos("app/api/profile/route.ts", 4)}},
			Effects:      []endpoint.Effect{{Kind: endpoint.DBRead, Target: "prisma.profile.findUnique", At: pos("app/api/profile/route.ts", 6)}},
			EffectsKnown: true,
		},
		{
			Framework: "gorilla/mux", Kind: endpoint.Route,
			Registration: pos("internal/router/router.go", 55),
			Protection:   endpoint.Protection{State: endpoint.Unknown, Why: "the router comes from another package"},
		},
		{
			Framework: "next-app", Kind: endpoint.Page, URL: "/dashboard",
			Registration: pos("app/dashboard/page.tsx", 1), Handler: pos("app/dashboard/page.tsx", 3), HandlerEnd: 25,
			Protection: endpoint.Protection{State: endpoint.Unprotected},
			Public:     []endpoint.Evidence{{Kind: endpoint.PrivateURL, What: "/dashboard", At: pos("app/dashboard/page.tsx", 1)}},
		},
		{
			Framework: "next-app", Kind: endpoint.Route, Methods: []string{"GET", "POST"}, URL: "/api/debug/" + pathSecret, Name: "GET",
			Registration: pos(keyDir, 2), Handler: pos(keyDir, 2), HandlerEnd: 9,
			Protection: endpoint.Protection{State: endpoint.Protected, By: []endpoint.Evidence{
				{Kind: endpoint.HandlerCheck, What: `verifyToken(token, { secretKey: "` + liveSecret + `" })`, At: pos(keyDir, 3)},
			}},
			Effects:      []endpoint.Effect{{Kind: endpoint.Outbound, Target: "fetch(`https://api.example.com/?k=" + pathSecret + "`)", At: pos(keyDir, 6)}},
			EffectsKnown: true,
		},
		{
			// A test's router, built in a non-test file: never served.
			Framework: "gin", Kind: endpoint.Route, Methods: []string{"DELETE"}, URL: "/api/items/:id", Name: "handlers.DeleteItem",
			Registration: pos("internal/router/testrouter.go", 12), Handler: pos("internal/handlers/items.go", 50), HandlerEnd: 60,
			Protection:   endpoint.Protection{State: endpoint.Unprotected},
			Effects:      []endpoint.Effect{{Kind: endpoint.DBWrite, Target: "db.ExecContext", Model: "items", At: pos("internal/handlers/items.go", 55)}},
			EffectsKnown: true,
			TestOnly:     true,
		},
	}
}

// sharedResult is the scan result the fixture endpoints come with: findings on
// them (on a registration line, inside a handler, one holding a key), one on
// no endpoint, one suppressed inline, and a skipped file.
func sharedResult() *scan.Result {
	keyDir := "app/api/debug/" + pathSecret + "/route.ts"
	return &scan.Result{
		Endpoints: sharedEndpoints(),
		Findings: []rules.Finding{
			{RuleID: "CLK101", Severity: rules.Error, Position: rules.Position{File: "app/api/orders/route.ts", Line: 4, Column: 23},
				Message: "route handler POST /api/orders is not protected by a Clerk session: it writes data (prisma.order.create at app/api/orders/route.ts:12)"},
			{RuleID: "CLK101", Severity: rules.Error, Position: rules.Position{File: "cmd/api/main.go", Line: 22, Column: 2},
				Message: "POST /admin/reindex is not protected by a Clerk session"},
			{RuleID: "CLK101", Severity: rules.Error, Position: rules.Position{File: "app/dashboard/page.tsx", Line: 1, Column: 1},
				Message: "page /dashboard is private but nothing protects it"},
			{RuleID: "CLK201", Severity: rules.Warning, Position: rules.Position{File: "app/api/admin/organizations/[orgId]/members/[userId]/route.ts", Line: 14, Column: 9},
				Message: "DELETE /api/admin/organizations/[orgId]/members/[userId] calls clerkClient.organizations.deleteOrganizationMembership with no role or permission check"},
			{RuleID: "CLK202", Severity: rules.Warning, Position: rules.Position{File: "app/api/admin/organizations/[orgId]/members/[userId]/route.ts", Line: 14, Column: 9},
				Message: "userId from the URL reaches clerkClient.organizations.deleteOrganizationMembership unchecked"},
			{RuleID: "CLK102", Severity: rules.Error, Position: rules.Position{File: "app/api/profile/route.ts", Line: 4, Column: 22},
				Message: "auth() is read but a signed-out request is not rejected"},
			{RuleID: "CLK008", Severity: rules.Error, Position: rules.Position{File: keyDir, Line: 3, Column: 40},
				Message: "Clerk secret " + liveSecret + " is passed in source", Secret: liveSecret},
			{RuleID: "CLK005", Severity: rules.Warning, Position: rules.Position{File: "src/lib/clerk.ts", Line: 3, Column: 14},
				Message: "publishable key is hardcoded"},
			// Suppressed below: it must attach to nothing.
			{RuleID: "CLK101", Severity: rules.Error, Position: rules.Position{File: "app/api/profile/route.ts", Line: 5, Column: 1},
				Message: "suppressed"},
		},
		Directives: []scan.Directive{{File: "app/api/profile/route.ts", Line: 4, IDs: []string{"CLK101"}, Reason: "reviewed"}},
		Errors: []scan.FileError{
			{Path: "app/api/legacy/route.ts", Message: "larger than 2097152 bytes"},
		},
	}
}

// build processes res as the CLI does and builds its inventory.
func build(t *testing.T, res *scan.Result) *Inventory {
	t.Helper()
	return Build(res, report.Process(res, nil, report.Options{Tool: testTool}))
}
