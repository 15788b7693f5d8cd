// Package verified holds correct Clerk webhook handlers and look-alikes that
// are not Clerk webhooks: nothing is reported.
package verified

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/json"
	"io"
	"net/http"
	"os"

	svix "github.com/svix/svix-webhooks/go"
)

type event struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

// The documented flow.
func clerkWebhook(w http.ResponseWriter, r *http.Request) {
	wh, err := svix.NewWebhook(os.Getenv("CLERK_WEBHOOK_SIGNING_SECRET"))
	if err != nil {
		http.Error(w, "misconfigured", http.StatusInternalServerError)
		return
	}
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := wh.Verify(payload, r.Header); err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	var evt event
	if err := json.Unmarshal(payload, &evt); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	switch evt.Type {
	case "user.created", "user.updated", "user.deleted":
	}
}

// Checked on a separate line.
func separate(w http.ResponseWriter, r *http.Request) {
	wh, _ := svix.NewWebhook(os.Getenv("CLERK_WEBHOOK_SIGNING_SECRET"))
	payload, _ := io.ReadAll(r.Body)
	err := wh.Verify(payload, r.Header)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var evt event
	json.Unmarshal(payload, &evt)
}

// Acting only inside the success branch.
func successBranch(w http.ResponseWriter, r *http.Request) {
	wh, _ := svix.NewWebhook(os.Getenv("CLERK_WEBHOOK_SIGNING_SECRET"))
	payload, _ := io.ReadAll(r.Body)
	if err := wh.Verify(payload, r.Header); err == nil {
		var evt event
		json.Unmarshal(payload, &evt)
		return
	}
	w.WriteHeader(http.StatusBadRequest)
}

// A helper returning the verification error.
func verify(r *http.Request, payload []byte) error {
	wh, err := svix.NewWebhook(os.Getenv("CLERK_WEBHOOK_SIGNING_SECRET"))
	if err != nil {
		return err
	}
	return wh.Verify(payload, r.Header)
}

func viaHelper(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	if err := verify(r, payload); err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	var evt event
	json.Unmarshal(payload, &evt)
	if evt.Type == "user.created" {
	}
}

// A verifying middleware wrapped around the handler at registration.
func withSvix(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		wh, _ := svix.NewWebhook(os.Getenv("CLERK_WEBHOOK_SIGNING_SECRET"))
		payload, _ := io.ReadAll(r.Body)
		if err := wh.Verify(payload, r.Header); err != nil {
			http.Error(w, "bad signature", http.StatusBadRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func behindMiddleware(w http.ResponseWriter, r *http.Request) {
	var evt event
	json.NewDecoder(r.Body).Decode(&evt)
	if evt.Type == "user.updated" {
	}
}

// Another vendor's webhook and an ordinary JSON endpoint.
func stripeHook(w http.ResponseWriter, r *http.Request) {
	var v map[string]any
	json.NewDecoder(r.Body).Decode(&v)
}

// A generic sender checked with its own HMAC, and a named one.
func partnerHook(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	mac := hmac.New(sha256.New, []byte(os.Getenv("PARTNER_SECRET")))
	mac.Write(payload)
	if !hmac.Equal(mac.Sum(nil), []byte(r.Header.Get("X-Partner-Signature"))) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var v map[string]any
	json.Unmarshal(payload, &v)
}

func githubHook(w http.ResponseWriter, r *http.Request) {
	var v map[string]any
	json.NewDecoder(r.Body).Decode(&v)
}

func items(w http.ResponseWriter, r *http.Request) {
	var v map[string]any
	json.NewDecoder(r.Body).Decode(&v)
}

func register(mux *http.ServeMux) {
	mux.HandleFunc("/api/webhooks/clerk", clerkWebhook)
	mux.HandleFunc("/api/webhooks/separate", separate)
	mux.HandleFunc("/api/webhooks/branch", successBranch)
	mux.HandleFunc("/api/webhooks/helper", viaHelper)
	mux.Handle("/api/webhooks/wrapped", withSvix(http.HandlerFunc(behindMiddleware)))
	mux.HandleFunc("/webhooks/stripe", stripeHook)
	mux.HandleFunc("/api/items", items)
	mux.HandleFunc("/webhooks/partner", partnerHook)
	mux.HandleFunc("/api/webhooks/github", githubHook)
}
