package nonclerk

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func main() {
	r := chi.NewRouter()
	r.Get("/api/items", func(w http.ResponseWriter, r *http.Request) {}) // want `chi GET /api/items open clerk=false chain=\[\] handler=`
	http.ListenAndServe(":8080", r)
}
