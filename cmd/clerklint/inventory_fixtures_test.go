package main

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/golang/godriver/drivertest"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

// inventoryRows runs `clerklint endpoints --format json` on a fixture and
// returns one "METHODS URL state registration findings" row per endpoint.
func inventoryRows(t *testing.T, args ...string) []string {
	t.Helper()
	var out, errb strings.Builder
	if code := run(append([]string{"endpoints", "--format", "json"}, args...), &out, &errb); code != exitClean {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var doc struct {
		Endpoints []struct {
			Methods      []string `json:"methods"`
			URL          string   `json:"url"`
			Name         string   `json:"name"`
			Protection   struct{ State string }
			Registration struct {
				File string
				Line int
			}
			Findings []string `json:"findings"`
		} `json:"endpoints"`
	}
	if err := json.Unmarshal([]byte(out.String()), &doc); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, out.String())
	}
	var rows []string
	for _, e := range doc.Endpoints {
		url := e.URL
		if url == "" {
			url = "action:" + e.Name
		}
		rows = append(rows, strings.Join([]string{strings.Join(e.Methods, "|"), url, e.Protection.State,
			e.Registration.File + ":" + strconv.Itoa(e.Registration.Line), strings.Join(e.Findings, ",")}, " "))
	}
	slices.Sort(rows)
	return rows
}

// TestInventoryOfGoFixture: every route of the seeded Go module is in the
// inventory, with its protection and the findings on it.
func TestInventoryOfGoFixture(t *testing.T) {
	dir := drivertest.NeedModule(t, "../../testdata/gomod/seeded")
	want := []string{
		"GET /api/me reads-only main.go:36 CLK102,CLK501",
		"GET /api/orders unprotected main.go:39 CLK101",
		"GET /billing/invoices unprotected gin.go:13 CLK101",
		"GET /health unprotected main.go:31 ",
		"POST /webhooks/clerk unprotected main.go:40 CLK301",
		"POST /webhooks/clerk-verified unprotected main.go:41 ",
	}
	if got := inventoryRows(t, dir); !slices.Equal(got, want) {
		t.Errorf("inventory:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestInventoryOfNextFixture: every route handler and server action of an App
// Router fixture is in the inventory, with its protection and findings.
func TestInventoryOfNextFixture(t *testing.T) {
	root := t.TempDir()
	if _, err := scantest.Prepare("../../testdata/nextjs/app-router-v6", root); err != nil {
		t.Fatal(err)
	}
	got := inventoryRows(t, "--no-go", root)
	want := []string{
		"DELETE /api/projects/[id] protected src/app/api/projects/[id]/route.ts:6 ",
		"GET /api/admin/users unprotected src/app/(admin)/api/admin/users/route.ts:5 CLK101",
		"GET /api/health unprotected src/app/api/health/route.ts:3 ",
		"GET /api/me protected src/app/api/me/route.ts:4 ",
		"GET /api/orders unprotected src/app/api/orders/route.ts:6 CLK101",
		"GET /api/private/orders protected src/app/api/private/orders/route.ts:5 ",
		"GET /api/reports protected src/app/api/reports/route.ts:6 ",
		"GET /api/trpc/[trpc] unknown src/app/api/trpc/[trpc]/route.ts:8 ",
		"POST /api/orders protected src/app/api/orders/route.ts:11 ",
		"POST /api/trpc/[trpc] unknown src/app/api/trpc/[trpc]/route.ts:8 ",
		"POST /api/webhooks/clerk unprotected src/app/api/webhooks/clerk/route.ts:5 ",
		"POST action:archive unprotected src/app/orders/page.tsx:8 CLK101",
		"POST action:deleteOrder unprotected src/app/actions.ts:7 CLK101",
		"POST action:rename protected src/app/orders/page.tsx:14 ",
		"POST action:renameOrder protected src/app/actions.ts:12 ",
	}
	if !slices.Equal(got, want) {
		t.Errorf("inventory:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestInventoryOfReactRouterFixture: every loader and action of a React
// Router v7 app (routes.ts with layout, prefix and a spread list) is in the
// inventory at its composed URL, with its protection and findings.
func TestInventoryOfReactRouterFixture(t *testing.T) {
	root := t.TempDir()
	if _, err := scantest.Prepare("../../testdata/reactrouter/framework-mode", root); err != nil {
		t.Fatal(err)
	}
	got := inventoryRows(t, "--no-go", root)
	want := []string{
		"GET / protected app/routes/signed-in.tsx:6 ",
		"GET / unprotected app/root.tsx:10 ",
		"GET / unprotected app/routes/home.tsx:4 ",
		"GET /api/invoices unprotected app/routes/api.invoices.ts:7 CLK101",
		"GET /api/me reads-only app/routes/api.me.ts:6 CLK102",
		"GET /dashboard protected app/routes/dashboard.tsx:6 ",
		"GET /notes/:id protected app/routes/note.tsx:7 ",
		"POST|PUT|PATCH|DELETE /api/invoices protected app/routes/api.invoices.ts:12 ",
		"POST|PUT|PATCH|DELETE /api/me protected app/routes/api.me.ts:13 ",
		"POST|PUT|PATCH|DELETE /api/webhooks/clerk unprotected app/routes/api.webhooks.ts:6 ",
		"POST|PUT|PATCH|DELETE /dashboard unprotected app/routes/dashboard.tsx:12 CLK101",
		"POST|PUT|PATCH|DELETE /notes/:id unprotected app/routes/note.tsx:15 CLK101",
		"POST|PUT|PATCH|DELETE /settings protected app/routes/settings.tsx:6 ",
	}
	if !slices.Equal(got, want) {
		t.Errorf("inventory:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
