// Package funcvar checks the session through helpers kept in function
// variables (var signedIn = func(...)): a variable with one value is
// followed like a declared function, here and, by its fact, in another
// package. A variable assigned twice is not: which function runs is not
// known, so its caller is judged as checking nothing.
package funcvar

import (
	"database/sql"
	"net/http"

	"authvar"

	"github.com/clerk/clerk-sdk-go/v2"
)

var db *sql.DB

var signedIn = func(r *http.Request) bool {
	_, ok := clerk.SessionClaimsFromContext(r.Context())
	return ok
}

var swapped = func(r *http.Request) bool {
	_, ok := clerk.SessionClaimsFromContext(r.Context())
	return ok
}

func init() {
	swapped = func(r *http.Request) bool { return true }
}

func create(w http.ResponseWriter, r *http.Request) {
	if _, err := authvar.RequireUser(r); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	db.Exec("INSERT INTO notes (body) VALUES ($1)", r.FormValue("body"))
}

func update(w http.ResponseWriter, r *http.Request) {
	if !signedIn(r) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	db.Exec("UPDATE notes SET body = $1", r.FormValue("body"))
}

func remove(w http.ResponseWriter, r *http.Request) {
	if !swapped(r) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	db.Exec("DELETE FROM notes")
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/api/notes/create", create) // ok: authvar.RequireUser's error is checked
	mux.HandleFunc("/api/notes/update", update) // ok: signedIn is checked
	mux.HandleFunc("/api/notes/remove", remove) // want `route /api/notes/remove \(net/http, registered in main\) has no Clerk session check`
	http.ListenAndServe(":8080", mux)
}
