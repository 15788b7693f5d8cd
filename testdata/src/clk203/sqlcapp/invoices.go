// Package sqlcapp calls sqlc-generated queries of another package: their
// statements travel as facts, their parameters bound to the arguments here.
package sqlcapp

import (
	"net/http"
	"strconv"

	"github.com/clerk/clerk-sdk-go/v2"
	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"

	"clk203/sqlcapp/db"
)

type server struct{ q *db.Queries }

func (s server) invoice(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	s.q.GetInvoice(r.Context(), id) // want `route GET /invoices/\{id\} reads a record with s.q.GetInvoice at invoices.go:\d+ selected by id = .id. from a route parameter`
}

func (s server) myInvoice(w http.ResponseWriter, r *http.Request) {
	claims, _ := clerk.SessionClaimsFromContext(r.Context())
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	inv, err := s.q.GetInvoice(r.Context(), id) // ok: the owner is compared below
	if err != nil || inv.UserID != claims.Subject {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
}

func (s server) deleteInvoice(w http.ResponseWriter, r *http.Request) {
	claims, _ := clerk.SessionClaimsFromContext(r.Context())
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	s.q.DeleteInvoice(r.Context(), db.DeleteInvoiceParams{ID: id, UserID: claims.Subject}) // ok: owner in the statement's filter
}

func (s server) deleteAny(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	s.q.DeleteInvoice(r.Context(), db.DeleteInvoiceParams{ID: id, UserID: r.FormValue("user")}) // ok: a user id from the request is CLK202's
}

func routes(s server) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /invoices/{id}", s.invoice)
	mux.HandleFunc("GET /my/invoices/{id}", s.myInvoice)
	mux.HandleFunc("DELETE /invoices/{id}", s.deleteInvoice)
	mux.HandleFunc("DELETE /any/invoices/{id}", s.deleteAny)
	http.ListenAndServe(":8080", clerkhttp.RequireHeaderAuthorization()(mux))
}
