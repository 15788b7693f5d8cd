package main

import (
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

func listOrders(w http.ResponseWriter, _ *http.Request) {
	_ = json.NewEncoder(w).Encode([]string{"order-1"})
}
