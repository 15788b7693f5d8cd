package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// adminRouter is served by main: its unprotected routes are reported.
func adminRouter() http.Handler {
	r := chi.NewRouter()
	// ruleid: CLK101
	r.Get("/admin/orders", listOrders)
	return r
}

// TestRouter is adminRouter for the tests, which call it alone: its routes
// are never served.
func TestRouter() http.Handler {
	r := chi.NewRouter()
	// ok: CLK101
	r.Get("/admin/orders", listOrders)
	return r
}

// NewFakeServer is called only by a test, and fakeRouter only by it: both
// are test-only.
func NewFakeServer() *http.Server {
	return &http.Server{Handler: fakeRouter()}
}

func fakeRouter() http.Handler {
	r := chi.NewRouter()
	// ok: CLK101
	r.Delete("/admin/orders/{id}", deleteOrder)
	return r
}

// PublicRouter is referenced nowhere in the module: another module may serve
// it, so its routes are reported.
func PublicRouter() http.Handler {
	r := chi.NewRouter()
	// ruleid: CLK101
	r.Get("/public/orders", listOrders)
	return r
}

// taggedRouter is called by a test and by a file other build constraints
// select (prod.go): that build serves it.
func taggedRouter() http.Handler {
	r := chi.NewRouter()
	// ruleid: CLK101
	r.Get("/tagged/orders", listOrders)
	return r
}

type server struct{}

// routes is a method only a test calls: test-only.
func (s *server) routes() http.Handler {
	r := chi.NewRouter()
	// ok: CLK101
	r.Get("/server/orders", listOrders)
	return r
}

// Routes is an exported method only a test calls by name; an interface may
// call it elsewhere, so its routes are reported.
func (s *server) Routes() http.Handler {
	r := chi.NewRouter()
	// ruleid: CLK101
	r.Get("/server/all-orders", listOrders)
	return r
}
