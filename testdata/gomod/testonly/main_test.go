package main

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestRouters(t *testing.T) {
	for _, h := range []http.Handler{
		TestRouter(), NewFakeServer().Handler, sharedRouter(), taggedRouter(),
		(&server{}).routes(), (&server{}).Routes(),
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/admin/orders", nil))
		if rec.Code == http.StatusOK {
			t.Errorf("status %d without a database", rec.Code)
		}
	}
}
