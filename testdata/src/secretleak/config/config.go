// Package config loads the app's settings; the fields and functions that carry
// the Clerk secret are exported as facts for the packages that use them.
package config

import "os"

type Config struct {
	ClerkSecretKey string // want ClerkSecretKey:`carriesSecret\(Config.ClerkSecretKey\)`
	// Tagged for an env loader: a carrier even though nothing here assigns it.
	WebhookSecret string `env:"CLERK_WEBHOOK_SIGNING_SECRET"` // want WebhookSecret:`carriesSecret\(Config.WebhookSecret\)`
	// Hidden from JSON.
	MachineKey string `json:"-"` // want MachineKey:`carriesSecret\(Config.MachineKey\)`
	Port       string
}

func Load() *Config {
	return &Config{
		ClerkSecretKey: os.Getenv("CLERK_SECRET_KEY"),
		MachineKey:     os.Getenv("CLERK_MACHINE_SECRET_KEY"),
		Port:           os.Getenv("PORT"),
	}
}

// SecretKey returns the key: its callers receive the secret.
func SecretKey() string { // want SecretKey:`carriesSecret\(CLERK_SECRET_KEY\)`
	return os.Getenv("CLERK_SECRET_KEY")
}

var fallback = os.Getenv("MYAPP_CLERK_SECRET_KEY") // want fallback:`carriesSecret\(MYAPP_CLERK_SECRET_KEY\)`
