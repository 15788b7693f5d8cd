package chiapp

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/go-chi/chi/v5"
)

// Test servers are not endpoints: nothing to report.
func TestItems(t *testing.T) {
	r := chi.NewRouter()
	r.Get("/api/items", func(w http.ResponseWriter, r *http.Request) {})
	srv := httptest.NewServer(r)
	defer srv.Close()
}
