// Package secretkey exercises CLK001 in a package that imports the Clerk SDK.
// Keys are split across "+" so that no complete key literal is committed; the
// type checker folds them back together.
package secretkey

import (
	"os"

	clerk "github.com/clerk/clerk-sdk-go/v2"
)

// body42 has the 42-character shape of every Clerk secret key observed.
const body42 = "0aB1cD2eF3gH4iJ5" + "kL6mN7oP8qR9sT0uV1wX2yZ3aB"

const clerkSecret = "sk_live_" + "0aB1cD2eF3gH4iJ5" + "kL6mN7oP8qR9sT0uV1wX2yZ3aB" // want `^clerk production secret key sk_live_…Z3aB hardcoded \(const clerkSecret\): rotate it in the Clerk Dashboard and read it from the CLERK_SECRET_KEY environment variable$`

const assembled = "sk_test_" + body42 // want `clerk development secret key sk_test_…Z3aB hardcoded \(const assembled\)`

func setup() {
	clerk.SetKey("sk_test_" + "Zy9Xw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBa9Z8y7X") // want `clerk development secret key sk_test_…8y7X hardcoded \(passed to clerk.SetKey\)`

	// A name already reported at its declaration is not reported again.
	clerk.SetKey(clerkSecret)

	// Any length goes when the key flows into Clerk's own API.
	clerk.SetKey("sk_test_" + "Q2w3E4r5T6y7U8i9O0p1A2s3D4f5G6h7J8k9L0z1X2c3V4b5N6m7Q8w9E0r1T2y3U4i5O6") // want `clerk development secret key sk_test_…i5O6 hardcoded`

	config := &clerk.ClientConfig{}
	config.Key = clerk.String("sk_live_" + "Mn3Bv4Cx5Za6Sd7Fg8Hj9Kl0Qw1Er2Ty3Ui4Op5As6D") // want `clerk production secret key sk_live_…As6D hardcoded \(assigned to config.Key\)`

	_ = clerk.BackendConfig{Key: clerk.String("sk_live_" + body42)} // want `hardcoded \(in clerk.BackendConfig\{Key: …\}\)`

	// A bound name's uses give the context: 70 characters pass only because the
	// key reaches clerk.SetKey.
	k := "sk_test_" + "Q2w3E4r5T6y7U8i9O0p1A2s3D4f5G6h7J8k9L0z1X2c3V4b5N6m7Q8w9E0r1T2y3U4i5O6" // want `clerk development secret key sk_test_…i5O6 hardcoded \(assigned to k\)`
	clerk.SetKey(k)

	// Inside a larger string: reported, but with no mechanical fix.
	header := "Bearer " + "sk_live_" + body42 // want `clerk production secret key sk_live_…Z3aB hardcoded`
	_ = header

	// The right way.
	clerk.SetKey(os.Getenv("CLERK_SECRET_KEY"))
}

func negatives() {
	// Placeholders from docs and templates.
	clerk.SetKey("sk_test_your_key_here")
	clerk.SetKey("sk_live_...")
	clerk.SetKey("sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

	// Stripe: named next to the key, or Stripe-shaped.
	stripeSecretKey := "sk_live_" + body42
	legacyStripe := "sk_test_" + "4eC39HqLyjWDarjtT1zdp7dc"
	_, _ = stripeSecretKey, legacyStripe
	os.Setenv("STRIPE_SECRET_KEY", "sk_live_"+body42)

	// 70 characters with no Clerk context: not Clerk's shape.
	other := "sk_test_" + "Q2w3E4r5T6y7U8i9O0p1A2s3D4f5G6h7J8k9L0z1X2c3V4b5N6m7Q8w9E0r1T2y3U4i5O6"
	_ = other
}
