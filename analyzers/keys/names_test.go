package keys

import "testing"

func TestSecretNames(t *testing.T) {
	n, err := NewSecretNames(
		[]string{`CLERK_SECRET_KEY(_(TEST|LIVE))?`, `CLERK_WEBHOOK(_[A-Z0-9]+)*_SECRET`},
		[]string{`(?:VITE_)?WEBHOOK_SECRET`})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]bool{
		"CLERK_SECRET_KEY":             true,
		"CLERK_SECRET_KEY_LIVE":        true,
		"MYAPP_CLERK_SECRET_KEY":       true,
		"VITE_CLERK_SECRET_KEY":        true,
		"CLERK_WEBHOOK_SIGNING_SECRET": true,
		"WEBHOOK_SECRET":               true,
		"VITE_WEBHOOK_SECRET":          true,
		"STRIPE_WEBHOOK_SECRET":        false, // whole names are never suffixes
		"CLERK_SECRET_KEYS_DOC":        false,
		"XCLERK_SECRET_KEY":            false, // a part starts after '_'
		"CLERK_PUBLISHABLE_KEY":        false,
		"":                             false,
	} {
		if got := n.Match(name); got != want {
			t.Errorf("Match(%q) = %v, want %v", name, got, want)
		}
	}
	if !n.Mentioned([]byte("const k = process.env.CLERK_SECRET_KEY")) || n.Mentioned([]byte("process.env.CLERK_SIGN_IN_URL")) {
		t.Error("Mentioned disagrees with the patterns")
	}
	if _, err := NewSecretNames([]string{"("}, nil); err == nil {
		t.Error("bad pattern accepted")
	}
	if _, err := NewSecretNames(nil, nil); err == nil {
		t.Error("empty pattern list accepted")
	}
}

func TestRequiredLiteral(t *testing.T) {
	for pattern, want := range map[string]string{
		`CLERK_SECRET_KEY(_(DEV|LIVE))?`:                       "CLERK_SECRET_KEY",
		`CLERK_WEBHOOK(_[A-Z0-9]+)*_SECRET(_(DEV|LIVE))?`:      "CLERK_WEBHOOK",
		`(?:(?:NEXT_PUBLIC|VITE)_)?(?:WEBHOOK|SIGNING)_SECRET`: "_SECRET",
		`(?i)clerk_key`: "",
		`A|B`:           "",
	} {
		if got := requiredLiteral(pattern); got != want {
			t.Errorf("requiredLiteral(%q) = %q, want %q", pattern, got, want)
		}
	}
}
