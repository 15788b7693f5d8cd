package fixes

import (
	"database/sql"
	"net/http"

	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
	"github.com/go-chi/chi/v5"
	"github.com/labstack/echo/v4"
)

// db is the store the handlers read: an endpoint that reads it needs a user
// (an effect-free handler would be quiet).
var db *sql.DB

func list(w http.ResponseWriter, r *http.Request) { db.QueryRow("SELECT id FROM items") }

func elist(c echo.Context) error { db.QueryRow("SELECT id FROM items"); return nil }

func main() {
	mux := http.NewServeMux()
	mux.Handle("/api/a", http.HandlerFunc(list)) // want `route /api/a`
	mux.HandleFunc("/api/b", list)               // want `route /api/b`
	r := chi.NewRouter()
	r.Get("/api/c", list) // want `route GET /api/c`
	e := echo.New()
	e.GET("/api/d", elist) // want `route GET /api/d`
	_ = clerkhttp.AuthorizedPartyMatches
	http.ListenAndServe(":8080", mux)
}
