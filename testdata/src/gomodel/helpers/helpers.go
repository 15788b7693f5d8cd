package helpers

import (
	"net/http"

	"clerkauth"

	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
)

func list(w http.ResponseWriter, r *http.Request) {}

type server struct {
	router *chi.Mux
}

func register(r chi.Router) {
	r.Get("/api/registered", list) // want `chi GET /api/registered protected clerk=true chain=\[2:protects-middleware\] handler=` `chi GET /api/registered open clerk=true chain=\[\] handler=`
}

func (s *server) routes() {
	s.router.Get("/api/field", list) // want `chi GET /api/field protected clerk=true chain=\[2:protects-middleware\] handler=`
}

func newServer() *server {
	s := &server{router: chi.NewRouter()}
	s.router.Use(clerkhttp.RequireHeaderAuthorization())
	s.routes()
	return s
}

func external(r chi.Router) {
	r.Get("/api/external", list) // never called here: the router is unknown // want `chi GET /api/external unknown clerk=true chain=\[\] handler=`
}

func main() {
	r := chi.NewRouter()
	r.Use(clerkhttp.RequireHeaderAuthorization())
	register(r)
	open := chi.NewRouter()
	register(open)
	for _, p := range []string{"/a", "/b"} {
		open.Get(p, list) // want `chi GET <dynamic path> unknown clerk=true chain=\[\] handler=`
	}
	_ = newServer()
	http.ListenAndServe(":8080", r)
	http.ListenAndServe(":8081", open)
}

func escaped() {
	r := chi.NewRouter()
	r.Get("/api/escaped", list) // want `chi GET /api/escaped unknown`
	clerkauth.Serve(r)
}

func apiRoutes() http.Handler {
	r := chi.NewRouter()
	r.Get("/api/factory", list) // want `chi GET /api/factory protected clerk=true chain=\[1:protects-middleware\]`
	return r
}

func billing() http.Handler {
	g := gin.New()
	g.GET("/invoices", func(c *gin.Context) {}) // want `gin GET /billing/invoices protected clerk=true chain=\[2:protects-middleware\]`
	return g
}

func serveFactory() {
	http.ListenAndServe(":8083", clerkhttp.RequireHeaderAuthorization()(apiRoutes()))
	r := chi.NewRouter()
	r.Group(func(r chi.Router) {
		r.Use(clerkhttp.RequireHeaderAuthorization())
		r.Mount("/billing", billing())
	})
	http.ListenAndServe(":8084", r)
}
