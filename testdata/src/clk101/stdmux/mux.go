package stdmux

import (
	"net/http"

	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
)

func list(w http.ResponseWriter, r *http.Request) {}

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
