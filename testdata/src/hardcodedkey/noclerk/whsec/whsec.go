// Package whsec imports no Clerk or Svix package: a whsec_ secret counts only
// next to a Clerk or Svix name (Stripe uses the same prefix).
package whsec

type Config struct {
	WebhookSecret string
}

// No vendor named, no Clerk import: may be Stripe's.
var cfg = Config{WebhookSecret: "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}

var svixSigningSecret = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" // want `webhook signing secret whsec_…LaSw hardcoded \(var svixSigningSecret\)`

const clerkWebhookSecret = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" // want `webhook signing secret whsec_…LaSw hardcoded \(const clerkWebhookSecret\)`
