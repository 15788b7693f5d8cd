package gorillaapp

import (
	"net/http"

	"clerkauth"

	"github.com/gorilla/mux"
)

func list(w http.ResponseWriter, r *http.Request) {}

func main() {
	r := mux.NewRouter()
	r.HandleFunc("/readyz", list).Methods("GET")                             // ok: public
	r.HandleFunc("/api/open", list).Methods(http.MethodGet, http.MethodPost) // want `route GET,POST /api/open \(gorilla/mux, registered in main\)`
	api := r.PathPrefix("/api/private").Subrouter()
	api.Use(clerkauth.RequireSession)
	api.HandleFunc("/items", list).Methods("GET") // ok: subrouter Use
	http.ListenAndServe(":8080", r)
}
