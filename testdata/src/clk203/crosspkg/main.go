// Package crosspkg registers handlers of another package behind Clerk.
package crosspkg

import (
	"net/http"

	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"

	"clk203/crosspkg/handlers"
)

func routes(n handlers.Notes) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /notes/{id}", n.Show) // want `route GET /notes/\{id\} reads a record with n.DB.QueryRow at notes.go:\d+ selected by id = .id. from a route parameter`
	mux.HandleFunc("GET /my/notes/{id}", n.ShowMine)
	http.ListenAndServe(":8080", clerkhttp.RequireHeaderAuthorization()(mux))
}
