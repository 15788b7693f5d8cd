// Command seeded is a small Clerk-backed API with one seeded mistake per Go rule,
// written against the real clerk-sdk-go, chi, gin and svix modules so the
// analyzers' stubs cannot drift from the APIs users call.
//
// Expectations use semgrep's convention on the line above the code:
// "// ruleid: CLK101" expects a finding on the next line, "// ok: CLK101" forbids one.
// The clean twin lives in ../clean.
package main

import (
	"log"
	"net/http"

	"github.com/clerk/clerk-sdk-go/v2"
	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
	"github.com/go-chi/chi/v5"
)

func main() {
	// The key is split so that no file in the repository looks like a credential;
	// hardcoded keys (CLK001) are the secrets engine's, which matches whole
	// literals in .go files like in any source, not constant expressions.
	clerk.SetKey("sk_live_" + "0aB1cD2eF3gH4iJ5" + "kL6mN7oP8qR9sT0uV1wX2yZ3aB")

	log.Fatal(http.ListenAndServe(":8080", newRouter()))
}

func newRouter() http.Handler {
	r := chi.NewRouter()
	// ok: CLK101
	r.Get("/health", health)
	r.Group(func(r chi.Router) {
		// ruleid: CLK404
		r.Use(clerkhttp.WithHeaderAuthorization())
		// ok: CLK101
		r.Get("/api/me", me)
	})
	// ruleid: CLK101
	r.Get("/api/orders", listOrders)
	r.Post("/webhooks/clerk", clerkWebhook)
	r.Post("/webhooks/clerk-verified", verifiedWebhook)
	r.Mount("/billing", billingRouter())
	return r
}
