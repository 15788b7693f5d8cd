package routes

import (
	"database/sql"
	"fmt"
	"net/http"

	"github.com/clerk/clerk-sdk-go/v2"
	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
	"github.com/go-chi/chi/v5"
)

var db *sql.DB

// list marks the items seen: a write, which needs a signed-in user.
func list(w http.ResponseWriter, r *http.Request) { db.Exec("UPDATE items SET seen = true") }

func feed(w http.ResponseWriter, r *http.Request) {
	if claims, ok := clerk.SessionClaimsFromContext(r.Context()); ok {
		fmt.Fprint(w, claims.Subject)
	}
}

func main() {
	r := chi.NewRouter()
	r.Use(clerkhttp.WithHeaderAuthorization()) // want `clerkhttp.WithHeaderAuthorization lets requests without a session through to 2 routes whose handlers never read the session \(GET /api/items, POST /api/items\): use RequireHeaderAuthorization`
	r.Get("/health", list)                     // ok: public
	r.Get("/api/feed", feed)                   // ok: optional authentication
	r.Get("/api/items", list)
	r.Post("/api/items", list)
	r.With(clerkhttp.RequireHeaderAuthorization()).Delete("/api/items", list) // ok: required
	http.ListenAndServe(":8080", r)
}
