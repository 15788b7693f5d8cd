// Package respond is an application's response helpers, in another package
// than its handlers: writing a response is no effect on data.
package respond

import (
	"encoding/json"
	"net/http"
)

// JSON writes v with status code.
func JSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}
