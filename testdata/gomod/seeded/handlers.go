package main

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/clerk/clerk-sdk-go/v2"
	"github.com/clerk/clerk-sdk-go/v2/user"
)

func health(w http.ResponseWriter, _ *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

func me(w http.ResponseWriter, r *http.Request) {
	// ruleid: CLK102
	claims, _ := clerk.SessionClaimsFromContext(r.Context())
	// ruleid: CLK501
	u, _ := user.Get(r.Context(), claims.Subject)
	_ = json.NewEncoder(w).Encode(map[string]string{"id": u.ID})
}

// db is the orders store (opened in production code; nil here, which static
// analysis does not mind). Reading it is what makes the endpoint need a user: a
// constant response would be effect-free.
var db *sql.DB

func listOrders(w http.ResponseWriter, r *http.Request) {
	var ids []string
	rows, err := db.QueryContext(r.Context(), "SELECT id FROM orders")
	if err == nil {
		defer rows.Close()
		for rows.Next() {
			var id string
			_ = rows.Scan(&id)
			ids = append(ids, id)
		}
	}
	_ = json.NewEncoder(w).Encode(ids)
}
