package fixes

import (
	"net/http"

	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
)

func list(w http.ResponseWriter, r *http.Request) {}

func main() {
	mux := http.NewServeMux()
	mux.Handle("/api/items", clerkhttp.WithHeaderAuthorization()(http.HandlerFunc(list))) // want `clerkhttp.WithHeaderAuthorization lets requests without a session through to a route whose handler never reads the session \(/api/items\)`
	http.ListenAndServe(":8080", mux)
}
