package stdmux

import (
	"database/sql"
	"net/http"

	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
)

// db is the store the handlers read: an endpoint that reads it needs a user
// (an effect-free handler would be quiet).
var db *sql.DB

func list(w http.ResponseWriter, r *http.Request) { db.QueryRow("SELECT id FROM items") }

func wrapped() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", list) // ok: the whole mux is wrapped below
	protected := clerkhttp.RequireHeaderAuthorization()(mux)
	http.ListenAndServe(":8080", protected)
}

func open() {
	mux := http.NewServeMux()
	mux.HandleFunc("DELETE /items/{id}", list) // want `route DELETE /items/\{id\} \(net/http, registered in open\)`
	mux.Handle("/", http.NotFoundHandler())    // ok: public root, serves nothing
	mux.Handle("/assets/", http.FileServer(http.Dir("assets")))
	http.ListenAndServe(":8081", mux)
}
