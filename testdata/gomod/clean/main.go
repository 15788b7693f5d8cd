// Command clean is the correct twin of ../seeded: the same Clerk-backed API with
// every mistake fixed, so no Go rule may report anything here. The "// ok:"
// annotations mark the near misses of the seeded module's findings.
package main

import (
	"log"
	"net/http"
	"os"

	"github.com/clerk/clerk-sdk-go/v2"
	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
	"github.com/go-chi/chi/v5"
)

func main() {
	clerk.SetKey(os.Getenv("CLERK_SECRET_KEY"))

	log.Fatal(http.ListenAndServe(":8080", newRouter()))
}

func newRouter() http.Handler {
	r := chi.NewRouter()
	// ok: CLK101
	r.Get("/health", health)
	r.Post("/webhooks/clerk", clerkWebhook)
	r.Group(func(r chi.Router) {
		// ok: CLK404
		r.Use(clerkhttp.RequireHeaderAuthorization(clerkhttp.AuthorizedPartyMatches("https://app.example.com")))
		// ok: CLK101
		r.Get("/api/me", me)
		// ok: CLK101
		r.Get("/api/orders", listOrders)
		r.Mount("/billing", billingRouter())
	})
	return r
}
