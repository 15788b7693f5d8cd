// Package server is an ordinary web server: it neither opens a browser nor
// reads a callback token, so listening on all interfaces and writing files
// named after tokens are not CLI auth mistakes.
package server

import (
	"net/http"
	"os"
)

func main() {
	csrfToken := "generated"
	os.WriteFile("/var/run/app/csrf", []byte(csrfToken), 0o600)
	http.ListenAndServe(":8080", nil)
}
