package gorillaapp

import (
	"database/sql"
	"net/http"

	"clerkauth"

	"github.com/gorilla/mux"
)

// db is the store the handlers read: an endpoint that reads it needs a user
// (an effect-free handler would be quiet).
var db *sql.DB

func list(w http.ResponseWriter, r *http.Request) { db.QueryRow("SELECT id FROM items") }

func main() {
	r := mux.NewRouter()
	r.HandleFunc("/readyz", list).Methods("GET")                             // ok: public
	r.HandleFunc("/api/open", list).Methods(http.MethodGet, http.MethodPost) // want `route GET,POST /api/open \(gorilla/mux, registered in main\)`
	api := r.PathPrefix("/api/private").Subrouter()
	api.Use(clerkauth.RequireSession)
	api.HandleFunc("/items", list).Methods("GET") // ok: subrouter Use
	http.ListenAndServe(":8080", r)
}
