package crosspkg

import (
	"database/sql"
	"net/http"

	"clerkauth"

	"github.com/go-chi/chi/v5"
)

// db is the store the handlers read: an endpoint that reads it needs a user
// (an effect-free handler would be quiet).
var db *sql.DB

func list(w http.ResponseWriter, r *http.Request) { db.QueryRow("SELECT id FROM items") }

// This package imports no Clerk package: it uses Clerk through clerkauth, whose
// facts say what its middleware does.
func main() {
	r := chi.NewRouter()
	r.With(clerkauth.Require()).Get("/api/a", list) // ok: protecting middleware from another package
	r.With(clerkauth.Protect).Get("/api/b", list)   // ok: middleware-shaped function
	r.With(clerkauth.Logging).Get("/api/c", list)   // want `route GET /api/c \(chi, registered in main\)`
	http.ListenAndServe(":8080", r)
}

func wrappedByOtherPackage() {
	mux := http.NewServeMux()
	mux.HandleFunc("/api/d", list) // ok: the whole mux is wrapped by a middleware of another package
	http.ListenAndServe(":8081", clerkauth.Protect(mux))
}

func servedByOtherPackage() {
	mux := http.NewServeMux()
	mux.HandleFunc("/api/e", list) // ok: handed to a Clerk-using package that may wrap it (it does)
	clerkauth.Serve(mux)
}

func wrappedByOtherPackageVar() {
	r := chi.NewRouter()
	r.Use(clerkauth.RequireSession)
	r.Get("/api/f", list) // ok: package-level middleware variable of another package (fact)
	http.ListenAndServe(":8082", r)
}
