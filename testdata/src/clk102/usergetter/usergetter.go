// Package usergetter puts the session check in a helper that returns the
// signed-in user, nil without a session: a middleware testing that nil
// requires the session, one ignoring it does not.
package usergetter

import (
	"database/sql"
	"net/http"

	"github.com/clerk/clerk-sdk-go/v2"
	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
	"github.com/clerk/clerk-sdk-go/v2/user"
	"github.com/go-chi/chi/v5"
)

// currentUser is nil when the request carries no session.
func currentUser(r *http.Request) *clerk.User {
	claims, ok := clerk.SessionClaimsFromContext(r.Context())
	if !ok {
		return nil
	}
	u, err := user.Get(r.Context(), claims.Subject)
	if err != nil {
		return nil
	}
	return u
}

// requireUser answers 401 when currentUser finds nobody.
func requireUser(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if currentUser(r) == nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// logUser looks the user up but serves the request either way.
func logUser(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = currentUser(r)
		next.ServeHTTP(w, r)
	})
}

var db *sql.DB

// list marks the items seen: a write, which needs a signed-in user.
func list(w http.ResponseWriter, r *http.Request) { db.Exec("UPDATE items SET seen = true") }

func main() {
	r := chi.NewRouter()
	r.Group(func(r chi.Router) {
		r.Use(clerkhttp.WithHeaderAuthorization(), requireUser) // ok: requireUser rejects requests without a user
		r.Get("/api/tenant", list)
	})
	r.Group(func(r chi.Router) {
		r.Use(clerkhttp.WithHeaderAuthorization(), logUser) // want `clerkhttp.WithHeaderAuthorization lets requests without a session through to a route whose handler never reads the session \(GET /api/feed\)`
		r.Get("/api/feed", list)
	})
	http.ListenAndServe(":8080", r)
}
