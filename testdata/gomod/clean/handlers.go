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
	// ok: CLK102
	claims, ok := clerk.SessionClaimsFromContext(r.Context())
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	// ok: CLK501
	u, err := user.Get(r.Context(), claims.Subject)
	if err != nil {
		http.Error(w, "user lookup failed", http.StatusBadGateway)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"id": u.ID})
}

func listOrders(w http.ResponseWriter, _ *http.Request) {
	_ = json.NewEncoder(w).Encode([]string{"order-1"})
}
