// Command testonly is a Clerk-backed API whose tests build routers of their
// own in non-test files: clerklint scan does not report the routes of a
// function only tests reach (they are never served), and reports the same
// routes where main reaches them.
//
// Expectations use semgrep's convention on the line above the code:
// "// ruleid: CLK101" expects a finding on the next line, "// ok: CLK101" forbids one.
// The golangci-lint plugin and the vet tool see one package at a time and
// report the test-only routes too; only the scan driver checks this module.
package main

import (
	"database/sql"
	"encoding/json"
	"log"
	"net/http"
	"os"

	"github.com/clerk/clerk-sdk-go/v2"
	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
	"github.com/go-chi/chi/v5"
)

func main() {
	clerk.SetKey(os.Getenv("CLERK_SECRET_KEY"))
	go func() { log.Fatal(http.ListenAndServe("127.0.0.1:8081", adminRouter())) }()
	log.Fatal(http.ListenAndServe("127.0.0.1:8080", sharedRouter()))
}

// db is opened at start-up (not shown): the handlers read and write it, so
// they need a session.
var db *sql.DB

func listOrders(w http.ResponseWriter, r *http.Request) {
	var ids []string
	rows, err := db.QueryContext(r.Context(), "SELECT id FROM orders")
	if err == nil {
		defer rows.Close()
		for rows.Next() {
			var id string
			_ = rows.Scan(&id)
			ids = append(ids, id)
		}
	}
	_ = json.NewEncoder(w).Encode(ids)
}

func deleteOrder(w http.ResponseWriter, r *http.Request) {
	_, _ = db.ExecContext(r.Context(), "DELETE FROM orders WHERE id = $1", chi.URLParam(r, "id"))
	w.WriteHeader(http.StatusNoContent)
}

// sharedRouter is served by main and built by a test too: served.
func sharedRouter() http.Handler {
	r := chi.NewRouter()
	r.Group(func(r chi.Router) {
		r.Use(clerkhttp.RequireHeaderAuthorization(clerkhttp.AuthorizedPartyMatches("https://app.example.com")))
		// ok: CLK101
		r.Get("/api/orders", listOrders)
	})
	// ruleid: CLK101
	r.Delete("/api/orders/{id}", deleteOrder)
	return r
}
