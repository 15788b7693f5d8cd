package sk

import clerk "github.com/clerk/clerk-sdk-go/v2"

func setup() {
	clerk.SetKey("sk_live_" + "0aB1cD2eF3gH4iJ5" + "kL6mN7oP8qR9sT0uV1wX2yZ3aB") // want `clerk production secret key`
	cfg := &clerk.ClientConfig{}
	cfg.Key = clerk.String("sk_test_" + "0aB1cD2eF3gH4iJ5" + "kL6mN7oP8qR9sT0uV1wX2yZ3aB") // want `clerk development secret key`
	_ = cfg
}

// A constant cannot call os.Getenv: no fix.
const clerkKey = "sk_live_" + "0aB1cD2eF3gH4iJ5" + "kL6mN7oP8qR9sT0uV1wX2yZ3aB" // want `clerk production secret key`
