package keys

import (
	"strings"
	"testing"
)

// FuzzRedactAll: whatever text reaches output, redaction leaves nothing
// key-shaped behind, is stable when applied again (output passes it more than
// once), and removes every exact secret it is given. `go test` runs the seeds.
func FuzzRedactAll(f *testing.F) {
	body := strings.Repeat("Ab3", 12)
	// A periodic secret whose redacted tail and the text after it spell it
	// again (found by this target).
	f.Add("whsec_"+body+"0000", body[2:11])
	for _, seed := range []string{
		"",
		"key sk_live_" + body + " in a message",
		"my_sk_test_" + body + "/xsk_live_" + body + ".ts",
		"sk_live_sk_live_" + body,
		"whsec_" + body + "+/==whsec_" + body,
		"sk_live_…" + body + "rk_test_" + body,
		"\xff\xfesk_prod_" + body + "\x00",
	} {
		f.Add(seed, body)
	}
	f.Fuzz(func(t *testing.T, s, secret string) {
		out := RedactAll(s, secret)
		if m := credentialShape.FindString(out); m != "" {
			t.Errorf("RedactAll(%q) = %q still holds %q", s, out, m)
		}
		if again := RedactAll(out, secret); again != out {
			t.Errorf("RedactAll is not stable: %q then %q", out, again)
		}
		if len(secret) >= 8 && strings.Contains(out, secret) {
			t.Errorf("RedactAll(%q, %q) = %q keeps the secret", s, secret, out)
		}
	})
}
