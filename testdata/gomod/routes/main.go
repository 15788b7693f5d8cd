// Command routes is a small Clerk-backed API whose findings depend on the
// route parameters of the rule set: cmd/clerklint's tests scan it with --rules
// files that change CLK101's public-routes and CLK201's privileged-routes.
package main

import (
	"database/sql"
	"encoding/json"
	"log"
	"net/http"

	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
	"github.com/go-chi/chi/v5"
)

func main() {
	log.Fatal(http.ListenAndServe("127.0.0.1:8080", newRouter()))
}

func newRouter() http.Handler {
	r := chi.NewRouter()
	// Not public by the built-in public-routes: CLK101 until a rule set adds /status/**.
	r.Get("/status/build", build)
	r.Group(func(r chi.Router) {
		r.Use(clerkhttp.RequireHeaderAuthorization(clerkhttp.AuthorizedPartyMatches("https://app.example.com")))
		// Signed in, no role check: CLK201 once a rule set makes /ops/** privileged.
		r.Get("/ops/users", listUsers)
	})
	return r
}

// db is opened at start-up (not shown): the handlers read from it, so what
// they do needs a session unless the rule set says the route is public.
var db *sql.DB

func build(w http.ResponseWriter, r *http.Request) {
	var version string
	_ = db.QueryRowContext(r.Context(), "SELECT version FROM builds ORDER BY id DESC LIMIT 1").Scan(&version)
	_ = json.NewEncoder(w).Encode(map[string]string{"version": version})
}

func listUsers(w http.ResponseWriter, _ *http.Request) {
	_ = json.NewEncoder(w).Encode([]string{"user-1"})
}
