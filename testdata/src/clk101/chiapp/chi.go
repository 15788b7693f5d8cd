package chiapp

import (
	"database/sql"
	"net/http"

	"github.com/clerk/clerk-sdk-go/v2"
	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
	"github.com/go-chi/chi/v5"
)

type items struct{}

var db *sql.DB

func (items) list(w http.ResponseWriter, r *http.Request) { db.QueryRow("SELECT id FROM items") }

func health(w http.ResponseWriter, r *http.Request) {}

// me verifies the session itself.
func me(w http.ResponseWriter, r *http.Request) {
	claims, ok := clerk.SessionClaimsFromContext(r.Context())
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	_ = claims.Subject
}

func main() {
	h := items{}
	r := chi.NewRouter()
	r.Get("/healthz", health)             // ok: public
	r.Get("/static/app.js", health)       // ok: public
	r.Post("/api/webhooks/clerk", health) // ok: webhook (CLK301's)
	r.Get("/api/me", me)                  // ok: the handler verifies
	r.Get("/api/items", h.list)           // want `route GET /api/items \(chi, registered in main\) has no Clerk session check`
	r.Get("/swagger/*", h.list)           // ok: an API documentation UI (public-routes)
	r.Get("/api/swagger-sync", h.list)    // want `route GET /api/swagger-sync \(chi, registered in main\) has no Clerk session check`
	r.Group(func(r chi.Router) {
		r.Use(clerkhttp.RequireHeaderAuthorization())
		r.Get("/api/private", h.list) // ok: group Use
	})
	r.Route("/api/orgs", func(r chi.Router) {
		r.Get("/{id}", h.list) // want `route GET /api/orgs/\{id\} \(chi, registered in main\)`
		r.With(clerkhttp.RequireHeaderAuthorization()).Post("/{id}", h.list)
	})
	sub := chi.NewRouter()
	sub.Get("/reports", h.list)
	r.Mount("/api/admin", clerkhttp.RequireHeaderAuthorization()(sub)) // ok: mounted behind auth
	http.ListenAndServe(":8080", r)
}
