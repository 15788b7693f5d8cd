package settings

import (
	"net/http"

	_ "github.com/clerk/clerk-sdk-go/v2"
)

func main() {
	http.HandleFunc("/api/open", func(w http.ResponseWriter, r *http.Request) {})   // ok: listed in public-routes
	http.HandleFunc("/api/closed", func(w http.ResponseWriter, r *http.Request) {}) // want `route /api/closed`
	http.ListenAndServe(":8080", nil)
}
