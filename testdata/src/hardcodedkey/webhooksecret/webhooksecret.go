// Package webhooksecret exercises CLK006 in a package that imports svix.
package webhooksecret

import (
	"os"

	svix "github.com/svix/svix-webhooks/go"
)

func webhook() {
	_, _ = svix.NewWebhook("whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") // want `^webhook signing secret whsec_…LaSw hardcoded \(passed to svix.NewWebhook\): rotate it in the Clerk Dashboard and read it from the CLERK_WEBHOOK_SIGNING_SECRET environment variable$`
}

// With Svix imported, an unnamed whsec_ counts.
var signing = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" // want `webhook signing secret whsec_…LaSw hardcoded \(var signing\)`

func negatives() {
	// whsec_123 is the docs' filler.
	_, _ = svix.NewWebhook("whsec_123")
	// Stripe signs with whsec_ too.
	stripeWebhookSecret := "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
	_ = stripeWebhookSecret
	_, _ = svix.NewWebhook(os.Getenv("CLERK_WEBHOOK_SIGNING_SECRET"))
}
