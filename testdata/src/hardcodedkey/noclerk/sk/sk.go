// Package sk imports no Clerk package: only keys whose shape or name says
// Clerk are reported.
package sk

type Config struct {
	ClerkSecretKey string
	OtherKey       string
}

var cfg = Config{
	// The 42-character body is Clerk's shape wherever it appears.
	ClerkSecretKey: "sk_live_" + "0aB1cD2eF3gH4iJ5" + "kL6mN7oP8qR9sT0uV1wX2yZ3aB", // want `clerk production secret key sk_live_…Z3aB hardcoded \(in sk.Config\{ClerkSecretKey: …\}\)`
	// 35 characters without any Clerk context: not reported.
	OtherKey: "sk_test_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r",
}

// Named for Clerk, 35 characters count.
var clerkKey = "sk_test_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r" // want `clerk development secret key sk_test_…6Q7r hardcoded \(var clerkKey\)`
