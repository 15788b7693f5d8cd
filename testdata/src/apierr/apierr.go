// Package apierr is an application's error responses, in another package
// than its middleware: the status a rejection answers is set here.
package apierr

import (
	"encoding/json"
	"net/http"
)

// Error is an error response.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// Unauthorized is the response to a request that did not authenticate.
func Unauthorized() *Error {
	return &Error{Code: http.StatusUnauthorized, Message: "unauthorized"}
}

// BadRequest is the response to a malformed request.
func BadRequest(msg string) *Error { return &Error{Code: http.StatusBadRequest, Message: msg} }

// Write sends an error response.
func Write(w http.ResponseWriter, e *Error) {
	w.WriteHeader(e.Code)
	_ = json.NewEncoder(w).Encode(e)
}
