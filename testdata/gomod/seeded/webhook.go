package main

import (
	"encoding/json"
	"io"
	"net/http"
	"os"

	svix "github.com/svix/svix-webhooks/go"
)

type clerkEvent struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

// clerkWebhook trusts whatever is posted to it.
func clerkWebhook(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var evt clerkEvent
	// ruleid: CLK301
	if err := json.Unmarshal(body, &evt); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// verifiedWebhook is the near miss: the payload is verified before it is decoded.
func verifiedWebhook(w http.ResponseWriter, r *http.Request) {
	wh, err := svix.NewWebhook(os.Getenv("CLERK_WEBHOOK_SIGNING_SECRET"))
	if err != nil {
		http.Error(w, "misconfigured", http.StatusInternalServerError)
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if err := wh.Verify(body, r.Header); err != nil {
		http.Error(w, "invalid signature", http.StatusBadRequest)
		return
	}
	var evt clerkEvent
	// ok: CLK301
	if err := json.Unmarshal(body, &evt); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
