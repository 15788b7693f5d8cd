// Package sqlapp is a chi service on database/sql whose handlers select
// orders by a route id: each mistake beside its safe twin.
package sqlapp

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/clerk/clerk-sdk-go/v2"
	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
	"github.com/go-chi/chi/v5"
)

var db *sql.DB

const deleteOrder = "DELETE FROM orders WHERE id = ?"

func sub(r *http.Request) string {
	claims, ok := clerk.SessionClaimsFromContext(r.Context())
	if !ok {
		return ""
	}
	return claims.Subject
}

// getOrder reads any order by its id.
func getOrder(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	row := db.QueryRowContext(r.Context(), "SELECT id, total FROM orders WHERE id = $1", id) // want `route GET /orders/\{id\} reads a record with db.QueryRowContext at orders.go:\d+ selected by id = .id. from a route parameter.*any signed-in user can read any orders by changing .id.`
	var total int
	row.Scan(&id, &total)
	json.NewEncoder(w).Encode(total)
}

// getMyOrder ties the order to the caller in the filter.
func getMyOrder(w http.ResponseWriter, r *http.Request) {
	claims, _ := clerk.SessionClaimsFromContext(r.Context())
	id := chi.URLParam(r, "id")
	row := db.QueryRowContext(r.Context(), "SELECT id, total FROM orders o WHERE o.id = $1 AND o.user_id = $2", id, claims.Subject) // ok: owner in the filter
	var total int
	row.Scan(&total)
}

// removeOrder deletes any order: the id is parsed, still the caller's choice.
func removeOrder(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(chi.URLParam(r, "id"))
	if err != nil {
		return
	}
	db.ExecContext(r.Context(), deleteOrder, id) // want `route DELETE /orders/\{id\} changes or deletes a record with db.ExecContext.*any signed-in user can change or delete any orders`
}

// removeMyOrder checks the owner it read before deleting.
func removeMyOrder(w http.ResponseWriter, r *http.Request) {
	claims, _ := clerk.SessionClaimsFromContext(r.Context())
	id := chi.URLParam(r, "id")
	var owner string
	db.QueryRow("SELECT user_id FROM orders WHERE id = $1", id).Scan(&owner) // ok: the owner is compared below
	if owner != claims.Subject {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	db.Exec("DELETE FROM orders WHERE id = $1", id) // ok: checked above
}

// renameProject checks the caller's membership first.
func renameProject(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	var one int
	if err := db.QueryRow("SELECT 1 FROM project_members WHERE project_id = $1 AND user_id = $2", id, sub(r)).Scan(&one); err != nil {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	db.Exec("UPDATE projects SET name = $1 WHERE id = $2", r.FormValue("name"), id) // ok: membership checked
}

// purgeOrder is an admin tool: the role is checked.
func purgeOrder(w http.ResponseWriter, r *http.Request) {
	claims, _ := clerk.SessionClaimsFromContext(r.Context())
	if !claims.HasRole("org:admin") {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	db.Exec("DELETE FROM orders WHERE id = $1", chi.URLParam(r, "id")) // ok: admin-gated
}

// me reads the caller's own row.
func me(w http.ResponseWriter, r *http.Request) {
	claims, _ := clerk.SessionClaimsFromContext(r.Context())
	db.QueryRow("SELECT id, email FROM users WHERE clerk_id = $1", claims.Subject) // ok: own row
	// Characters whose lower case is longer (Ⱥ is 2 bytes, ⱥ 3) before WHERE:
	// the clause is found in the statement itself, not in a lower-cased copy
	// whose offsets ran past its end (a panic that stopped the whole pass).
	db.QueryRow("SELECT id FROM t_ȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺ WHERE clerk_id=$1", claims.Subject) // ok: own row
}

// post reads a published post by id.
func post(w http.ResponseWriter, r *http.Request) {
	db.QueryRow("SELECT title FROM posts WHERE id = $1 AND published = true", r.URL.Query().Get("id")) // ok: public records
}

// loadOrder is a helper the handler hands the request id to.
func loadOrder(ctx context.Context, id string) *sql.Row {
	return db.QueryRowContext(ctx, "SELECT total FROM orders WHERE id = $1", id) // want `route GET /invoices/\{id\} reads a record with db.QueryRowContext`
}

func invoice(w http.ResponseWriter, r *http.Request) {
	loadOrder(r.Context(), chi.URLParam(r, "id"))
}

// ownedOrder is the same helper with the owner passed in.
func ownedOrder(ctx context.Context, id, owner string) *sql.Row {
	return db.QueryRowContext(ctx, "SELECT total FROM orders WHERE id = $1 AND user_id = $2", id, owner) // ok: the caller passes the session's user
}

func myInvoice(w http.ResponseWriter, r *http.Request) {
	ownedOrder(r.Context(), chi.URLParam(r, "id"), sub(r))
}

// publicOrder is not signed in at all: CLK101's question, not this one's.
func publicOrder(w http.ResponseWriter, r *http.Request) {
	db.QueryRow("SELECT total FROM orders WHERE id = $1", chi.URLParam(r, "id"))
}

func routes() http.Handler {
	r := chi.NewRouter()
	r.Get("/public/orders/{id}", publicOrder)
	r.Group(func(r chi.Router) {
		r.Use(clerkhttp.RequireHeaderAuthorization())
		r.Get("/orders/{id}", getOrder)
		r.Get("/my/orders/{id}", getMyOrder)
		r.Delete("/orders/{id}", removeOrder)
		r.Delete("/my/orders/{id}", removeMyOrder)
		r.Patch("/projects/{id}", renameProject)
		r.Delete("/admin/orders/{id}", purgeOrder)
		r.Get("/me", me)
		r.Get("/posts", post)
		r.Get("/invoices/{id}", invoice)
		r.Get("/my/invoices/{id}", myInvoice)
		r.Post("/saved", vendorExists)
		r.Get("/live/orders/{id}", liveOrder)
	})
	return r
}

// liveOrder reads an order only while its status is live: a public
// status of CLK101's public-data, the one list of public filters.
func liveOrder(w http.ResponseWriter, r *http.Request) {
	db.QueryRow("SELECT total FROM orders WHERE id = $1 AND status = 'live'", chi.URLParam(r, "id")) // ok: public records
}

// vendorExists looks a vendor up by id: vendors are public-data (CLK101's
// params), shared rows anyone may read.
func vendorExists(w http.ResponseWriter, r *http.Request) {
	db.QueryRow("SELECT EXISTS(SELECT 1 FROM vendors WHERE id = $1)", r.FormValue("vendor_id")) // ok: a public-data model
}
