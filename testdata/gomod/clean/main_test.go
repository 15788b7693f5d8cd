package main

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// The test variant of this package repeats every file above: drivers must report
// each finding once.
func TestHealth(t *testing.T) {
	rec := httptest.NewRecorder()
	health(rec, httptest.NewRequest(http.MethodGet, "/health", nil))
	if rec.Code != http.StatusNoContent {
		t.Fatalf("status %d", rec.Code)
	}
}
