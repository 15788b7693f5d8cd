// Package handlers holds handlers another package registers: their
// queries and ownership checks travel as facts.
package handlers

import (
	"database/sql"
	"net/http"

	"github.com/clerk/clerk-sdk-go/v2"
)

// Notes serves notes.
type Notes struct{ DB *sql.DB }

// Show reads any note by its id.
func (n Notes) Show(w http.ResponseWriter, r *http.Request) {
	n.DB.QueryRow("SELECT body FROM notes WHERE id = $1", r.PathValue("id"))
}

// ShowMine compares the owner it read with the session.
func (n Notes) ShowMine(w http.ResponseWriter, r *http.Request) {
	claims, _ := clerk.SessionClaimsFromContext(r.Context())
	var owner string
	n.DB.QueryRow("SELECT user_id FROM notes WHERE id = $1", r.PathValue("id")).Scan(&owner)
	if owner != claims.Subject {
		http.Error(w, "forbidden", http.StatusForbidden)
	}
}
