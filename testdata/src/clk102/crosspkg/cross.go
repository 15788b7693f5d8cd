package crosspkg

import (
	"net/http"

	"clerkauth"

	"github.com/go-chi/chi/v5"
)

func list(w http.ResponseWriter, r *http.Request) {}

func main() {
	r := chi.NewRouter()
	r.Use(clerkauth.Optional()) // want `clerkauth.Optional\(\) lets requests without a session through to a route whose handler never reads the session \(GET /api/x\): use a session-requiring middleware`
	r.Get("/api/x", list)
	http.ListenAndServe(":8080", r)
}
