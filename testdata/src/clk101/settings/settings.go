package settings

import (
	"net/http"
	"os"

	_ "github.com/clerk/clerk-sdk-go/v2"
)

func main() {
	http.HandleFunc("/api/open", func(w http.ResponseWriter, r *http.Request) { os.WriteFile("x", nil, 0o600) })   // ok: listed in public-routes
	http.HandleFunc("/api/closed", func(w http.ResponseWriter, r *http.Request) { os.WriteFile("x", nil, 0o600) }) // want `route /api/closed`
	http.ListenAndServe(":8080", nil)
}
