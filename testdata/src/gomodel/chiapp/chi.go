package chiapp

import (
	"net/http"

	"clerkauth"

	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
	"github.com/go-chi/chi/v5"
)

func list(w http.ResponseWriter, r *http.Request) {}

func routes() http.Handler {
	r := chi.NewRouter()
	r.Get("/health", list)          // want `chi GET /health open clerk=true chain=\[\] handler=`
	r.Post("/webhooks/clerk", list) // want `chi POST /webhooks/clerk open clerk=true chain=\[\] handler=`
	r.Group(func(r chi.Router) {
		r.Use(clerkhttp.RequireHeaderAuthorization())
		r.Get("/api/items", list) // want `chi GET /api/items protected clerk=true chain=\[2:protects-middleware\] handler=`
	})
	r.Route("/api/v2", func(r chi.Router) {
		r.Use(clerkauth.Protect)
		r.Get("/items/{id}", list) // want `chi GET /api/v2/items/\{id\} protected clerk=true chain=\[2:protects-middleware\] handler=`
	})
	r.With(clerkauth.Require()).Delete("/api/items/{id}", list) // want `chi DELETE /api/items/\{id\} protected clerk=true chain=\[2:protects-middleware\] handler=`
	r.Get("/api/open", list)                                    // want `chi GET /api/open open clerk=true chain=\[\] handler=`
	admin := chi.NewRouter()
	admin.Use(clerkauth.RequireAdmin)
	admin.Get("/users", list) // want `chi GET /admin/users protected clerk=true chain=\[2:protects-middleware\|checks-role\] handler=`
	r.Mount("/admin", admin)
	r.Method("PUT", "/api/put", http.HandlerFunc(list))                                  // want `chi PUT /api/put open clerk=true chain=\[\] handler=`
	r.Handle("/api/handle", clerkhttp.WithHeaderAuthorization()(http.HandlerFunc(list))) // want `chi /api/handle reads clerk=true chain=\[3:reads-middleware\] handler=`
	return r
}

func main() {
	http.ListenAndServe(":8080", routes())
}
