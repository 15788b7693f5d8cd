package crosspkg

import (
	"database/sql"
	"net/http"

	"clerkauth"

	"github.com/go-chi/chi/v5"
)

var db *sql.DB

// list marks the items seen: a write, which needs a signed-in user.
func list(w http.ResponseWriter, r *http.Request) { db.Exec("UPDATE items SET seen = true") }

func main() {
	r := chi.NewRouter()
	r.Use(clerkauth.Optional()) // want `clerkauth.Optional\(\) lets requests without a session through to a route whose handler never reads the session \(GET /api/x\): use a session-requiring middleware`
	r.Get("/api/x", list)
	http.ListenAndServe(":8080", r)
}
