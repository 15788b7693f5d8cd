// Package keys recognises Clerk credentials by shape: secret keys, publishable keys
// and webhook signing secrets, with the placeholder and Stripe look-alike rejection
// that keeps clerklint quiet on correct code. It is pure Go (no gitleaks, no cgo) so
// the file scanner and the Go analysis passes share one implementation.
package keys

import (
	"regexp"
	"strings"
)

// Redact shows a credential as its prefix and last four characters, never more:
// "sk_live_…WXYZ". Values too short to keep four characters hidden are fully masked.
func Redact(s string) string {
	prefix := ""
	if i := strings.LastIndexByte(s, '_'); i >= 0 && i < len(s)-1 && i <= 9 {
		prefix = s[:i+1]
	}
	body := s[len(prefix):]
	if len(body) <= 8 {
		return prefix + "…"
	}
	return prefix + "…" + body[len(body)-4:]
}

// credentialShape matches anything that looks like a Clerk or Stripe-style key or a
// webhook secret, so output can be scrubbed even when an engine forgot to redact.
// It has no left word boundary: a key glued to a word ("my_sk_test_…", a file
// named "xsk_live_…") is still a full key, and over-redacting an identifier that
// merely looks like one costs nothing.
var credentialShape = regexp.MustCompile(`(?:sk|rk|ak)_(?:test|live|prod)_[A-Za-z0-9]{8,}|whsec_[A-Za-z0-9+/=]{8,}`)

// RedactAll replaces every key-shaped substring of s, and every occurrence of the
// given exact secrets, with its redacted form.
func RedactAll(s string, secrets ...string) string {
	for _, sec := range secrets {
		if len(sec) < 8 {
			continue
		}
		// Again until none is left: a redacted form's last characters and the
		// text after it can spell the secret anew (a periodic value). Each
		// round shortens s, since Redact(sec) is shorter than sec.
		for strings.Contains(s, sec) {
			s = strings.ReplaceAll(s, sec, Redact(sec))
		}
	}
	return credentialShape.ReplaceAllStringFunc(s, Redact)
}
