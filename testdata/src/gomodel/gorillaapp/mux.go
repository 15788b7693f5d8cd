package gorillaapp

import (
	"net/http"

	"clerkauth"

	"github.com/gorilla/mux"
)

func list(w http.ResponseWriter, r *http.Request) {}

func main() {
	r := mux.NewRouter()
	r.HandleFunc("/health", list).Methods("GET")                             // want `gorilla/mux GET /health open clerk=true chain=\[\] handler=`
	r.HandleFunc("/api/open", list).Methods(http.MethodGet, http.MethodPost) // want `gorilla/mux GET,POST /api/open open clerk=true chain=\[\] handler=`
	api := r.PathPrefix("/api/private").Subrouter()
	api.Use(clerkauth.RequireSession)
	api.HandleFunc("/items", list).Methods("GET") // want `gorilla/mux GET /api/private/items protected clerk=true chain=\[2:protects-middleware\] handler=`
	r.Path("/api/path").HandlerFunc(list)         // want `gorilla/mux /api/path open clerk=true chain=\[\] handler=`
	http.ListenAndServe(":8080", r)
}
