package stdmux

import (
	"net/http"

	"github.com/clerk/clerk-sdk-go/v2"
	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
)

type itemsHandler struct{}

func (itemsHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

func me(w http.ResponseWriter, r *http.Request) {
	claims, ok := clerk.SessionClaimsFromContext(r.Context())
	if !ok {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	_ = claims.Subject
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", func(w http.ResponseWriter, r *http.Request) {}) // want `net/http GET /items/\{id\} protected clerk=true chain=\[1:protects-middleware\] handler=`
	mux.Handle("/items", itemsHandler{})                                               // want `net/http /items protected clerk=true chain=\[1:protects-middleware\] handler=`
	mux.HandleFunc("/me", me)                                                          // want `net/http /me protected clerk=true chain=\[1:protects-middleware\] handler=verifies-session\|reads-session`
	http.HandleFunc("/default", me)                                                    // want `net/http /default protected clerk=true chain=\[\] handler=verifies-session\|reads-session`
	srv := &http.Server{Addr: ":8080", Handler: clerkhttp.RequireHeaderAuthorization()(mux)}
	srv.ListenAndServe()
}
