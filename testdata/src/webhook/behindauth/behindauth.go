// Package behindauth registers webhook routes behind Clerk session protection (CLK302).
package behindauth

import (
	"encoding/json"
	"io"
	"net/http"

	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
	"github.com/go-chi/chi/v5"
	svix "github.com/svix/svix-webhooks/go"
)

func clerkWebhook(w http.ResponseWriter, r *http.Request) {
	wh, _ := svix.NewWebhook("")
	payload, _ := io.ReadAll(r.Body)
	if err := wh.Verify(payload, r.Header); err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	var v map[string]any
	json.Unmarshal(payload, &v)
}

func items(w http.ResponseWriter, r *http.Request) {}

func stripeHook(w http.ResponseWriter, r *http.Request) {}

func routes() {
	mux := http.NewServeMux()
	protect := clerkhttp.RequireHeaderAuthorization()
	mux.Handle("/api/webhooks/clerk", protect(http.HandlerFunc(clerkWebhook))) // want `^webhook route /api/webhooks/clerk requires a Clerk session \(.*\): Svix delivers without one, so every delivery is rejected; register it outside the protected routes and verify its svix signature instead$`
	mux.HandleFunc("/api/webhooks/public", clerkWebhook)
	mux.Handle("/api/items", protect(http.HandlerFunc(items)))
	mux.Handle("/webhooks/stripe", protect(http.HandlerFunc(stripeHook)))

	r := chi.NewRouter()
	r.Post("/hooks/public", clerkWebhook)
	r.Group(func(r chi.Router) {
		r.Use(clerkhttp.RequireHeaderAuthorization())
		r.Get("/me", items)
		r.Post("/hooks/clerk", clerkWebhook) // want `webhook route POST /hooks/clerk requires a Clerk session`
		r.Post("/api/webhooks/user", items)  // want `webhook route POST /api/webhooks/user requires a Clerk session`
		// Managing the user's own webhook subscriptions: Svix only POSTs.
		r.Get("/api/webhooks", items)
		r.Delete("/api/webhooks/{id}", items)
		r.Patch("/api/webhooks/{id}", clerkWebhook) // want `webhook route PATCH /api/webhooks/\{id\} requires a Clerk session`
	})
}
