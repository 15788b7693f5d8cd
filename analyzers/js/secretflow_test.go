package js

import "testing"

func TestSecretEnvIn(t *testing.T) {
	for src, want := range map[string]bool{
		"process.env.CRON_SECRET":                                true,
		"`Bearer ${process.env.INTERNAL_API_KEY}`":               true,
		"process.env.ADMIN_PASSWORD":                             true,
		"process.env.NEXT_PUBLIC_CRON_KEY":                       false, // in the browser bundle
		"process.env.RAZORPAY_KEY_ID":                            false, // which key, not the key
		"process.env.NODE_ENV":                                   false,
		"process.env.NEXT_PUBLIC_X_KEY || process.env.JOB_TOKEN": true,
	} {
		if got := secretEnvIn([]byte(src)); got != want {
			t.Errorf("secretEnvIn(%q) = %v, want %v", src, got, want)
		}
	}
}
