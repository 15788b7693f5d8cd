package secrets

import (
	"math/rand/v2"
	"testing"
)

// TestMentionsSecretIsTheRegexp: the windowed gate answers as secretName
// over the whole source, on random sources made of name fragments.
func TestMentionsSecretIsTheRegexp(t *testing.T) {
	parts := []string{"clerk", "CLERK", "Clerk", "_", "secret", "SECRET", "api", "key", "KEY", "webhook", "WEBHOOK", "signing", "_signing_", "svix", "x", " ", "\n", "é"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 30000 {
		var b []byte
		for range r.IntN(10) {
			b = append(b, parts[r.IntN(len(parts))]...)
		}
		if got, want := mentionsSecret(b), secretName.Match(b); got != want {
			t.Fatalf("mentionsSecret(%q) = %v, secretName.Match = %v", b, got, want)
		}
	}
}
