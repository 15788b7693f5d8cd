// Package publishable exercises CLK005.
package publishable

import "os"

var publishable = "pk_test_" + "Zm9vLWJhci0xMy5jbGVyay5hY2NvdW50cy5kZXYk" // want `^clerk publishable key of development instance foo-bar-13.clerk.accounts.dev hardcoded \(var publishable\): read it from the CLERK_PUBLISHABLE_KEY environment variable so each environment sets its own$`

// Legacy padding is tolerated, as by Clerk's own parser.
const padded = "pk_test_" + "Y2xlcmsuY2xlcmsuZGV2JA==" // want `clerk publishable key of development instance clerk.clerk.dev hardcoded`

func page() map[string]string {
	return map[string]string{
		"publishableKey": "pk_live_" + "ZmFrZS1jbGVyay10ZXN0LmNsZXJrLmFjY291bnRzLmRldiQ", // want `clerk publishable key of production instance fake-clerk-test.clerk.accounts.dev hardcoded \(in map\[string\]string\{publishableKey: …\}\)`
	}
}

func negatives() {
	// The example key of Clerk's docs belongs to no instance.
	_ = "pk_test_" + "ZXhhbXBsZS5hY2NvdW50cy5kZXYk"
	// A Stripe publishable key does not decode to a Frontend API host.
	_ = "pk_live_" + "51HqLyjWDarjtT1zdp7dcAbCdEfGh"
	// Filler.
	_ = "pk_test_..."
	_ = "pk_test_" + "ZHVtbXk="
	_ = os.Getenv("CLERK_PUBLISHABLE_KEY")
}
