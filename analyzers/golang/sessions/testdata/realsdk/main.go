// Package main is checked against the real clerk-sdk-go and chi modules from the
// module cache, so the stubs under testdata/src cannot drift from them unnoticed.
package main

import (
	"database/sql"
	"net/http"

	"github.com/clerk/clerk-sdk-go/v2"
	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
	"github.com/go-chi/chi/v5"
)

func me(w http.ResponseWriter, r *http.Request) {
	claims, ok := clerk.SessionClaimsFromContext(r.Context())
	if !ok {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	_, _ = w.Write([]byte(claims.Subject))
}

// db is the items store: reading it is what makes /api/open need a user.
var db *sql.DB

func list(w http.ResponseWriter, r *http.Request) {
	_, _ = db.ExecContext(r.Context(), "UPDATE items SET seen = seen + 1")
}

func main() {
	r := chi.NewRouter()
	r.Get("/healthz", list)
	r.Get("/api/me", me)
	r.Get("/api/open", list) // want `route GET /api/open \(chi, registered in main\) has no Clerk session check`
	r.Group(func(r chi.Router) {
		r.Use(clerkhttp.RequireHeaderAuthorization(clerkhttp.AuthorizedPartyMatches("https://app.example.com")))
		r.Get("/api/items", list)
	})
	_ = http.ListenAndServe(":8080", r)
}
