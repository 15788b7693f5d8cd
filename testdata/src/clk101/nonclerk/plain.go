package nonclerk

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// A service without Clerk: nothing to report.
func main() {
	r := chi.NewRouter()
	r.Get("/api/items", func(w http.ResponseWriter, r *http.Request) {})
	http.ListenAndServe(":8080", r)
}
