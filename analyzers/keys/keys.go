package keys

import (
	"encoding/base64"
	"math"
	"strings"
)

// Instance is the Clerk instance a key belongs to, read from its prefix: Clerk
// issues _test_ keys for development instances and _live_ keys for production.
type Instance uint8

// Instances.
const (
	Development Instance = iota + 1
	Production
)

func (i Instance) String() string {
	switch i {
	case Development:
		return "development"
	case Production:
		return "production"
	}
	return "unknown"
}

// SecretKeyBodyLen is the body length of every Clerk secret key observed in public
// code and issues (clerk-reference §2.2). Clerk does not document it, so other
// lengths are accepted only when the surroundings say Clerk.
const SecretKeyBodyLen = 42

// MaxSecretBodyLen bounds what is considered a key at all: callers' patterns
// leave lengths open (a bounded regex repeat is slow), so a long alphanumeric
// run after sk_live_ stops here.
const MaxSecretBodyLen = 128

// Prefixes Clerk shares with Stripe (and Culqi), which is why a prefix alone
// never identifies a Clerk key.
const (
	SecretTestPrefix      = "sk_test_"
	SecretLivePrefix      = "sk_live_"
	PublishableTestPrefix = "pk_test_"
	PublishableLivePrefix = "pk_live_"
	WebhookSecretPrefix   = "whsec_"
)

// instanceOf reads the instance from a key's _test_/_live_ prefix.
func instanceOf(s, testPrefix, livePrefix string) (Instance, bool) {
	switch {
	case strings.HasPrefix(s, testPrefix):
		return Development, true
	case strings.HasPrefix(s, livePrefix):
		return Production, true
	}
	return 0, false
}

// SecretKey is a string shaped like sk_test_/sk_live_ followed by an alphanumeric
// body. Being shaped like one says nothing yet about the vendor.
type SecretKey struct {
	Key      string
	Body     string
	Instance Instance
}

// ParseSecretKey splits a sk_test_/sk_live_ key. It fails on anything else in the
// body than ASCII letters and digits, which is how "sk_test_your_key_here" and
// "sk_live_..." are told apart from keys before any entropy is measured.
func ParseSecretKey(s string) (SecretKey, bool) {
	inst, ok := instanceOf(s, SecretTestPrefix, SecretLivePrefix)
	if !ok {
		return SecretKey{}, false
	}
	body := s[len(SecretTestPrefix):]
	if body == "" || !isAlnum(body) {
		return SecretKey{}, false
	}
	return SecretKey{Key: s, Body: body, Instance: inst}, true
}

// Verdict is what ClassifySecretKey decided.
type Verdict uint8

// Verdicts, from "not even shaped like a key" to "a Clerk key".
const (
	NotKey      Verdict = iota // not sk_(test|live)_ + alphanumerics
	Placeholder                // documentation filler: sk_test_xxxx, sk_live_REPLACEME...
	NotClerk                   // a real-looking key of another vendor (Stripe, Culqi)
	Clerk                      // a Clerk secret key
)

func (v Verdict) String() string {
	return [...]string{"not a key", "placeholder", "not clerk", "clerk"}[v]
}

// Context is what the caller knows around a secret-key candidate.
type Context struct {
	// Vendor is the vendor named nearest before the key on its line (see
	// NearestVendor): "clerk" for CLERK_SECRET_KEY= or clerk.SetKey(, "stripe" for
	// STRIPE_SECRET_KEY=, "" when nothing is named.
	Vendor string
	// ProjectUsesClerk is true when the project's manifests depend on a Clerk SDK.
	ProjectUsesClerk bool
}

// ClassifySecretKey decides whether s is a Clerk secret key.
//
// A 42-character body is Clerk's shape and is accepted unless another vendor is
// named right before it. Other lengths need context, because Stripe uses the same
// prefixes: a Clerk name before the key accepts any length up to MaxSecretBodyLen;
// a project that merely depends on a Clerk SDK accepts 30–64 characters but not
// Stripe's own shapes (24-character legacy keys, ~99-character "51…" keys), since
// Clerk apps often use Stripe too.
func ClassifySecretKey(s string, ctx Context) Verdict {
	k, ok := ParseSecretKey(s)
	if !ok {
		return NotKey
	}
	if IsPlaceholder(k.Body) {
		return Placeholder
	}
	switch {
	case IsForeignVendor(ctx.Vendor), len(k.Body) > MaxSecretBodyLen:
		return NotClerk
	case len(k.Body) == SecretKeyBodyLen:
		return Clerk
	case ctx.Vendor == "clerk":
		return Clerk
	case stripeShaped(k.Body):
		return NotClerk
	case ctx.ProjectUsesClerk && len(k.Body) >= 30 && len(k.Body) <= 64:
		return Clerk
	}
	return NotClerk
}

// stripeShaped matches the two Stripe secret key shapes seen in the wild: the
// 24-character legacy body and the long account-scoped body starting "51".
func stripeShaped(body string) bool {
	return len(body) == 24 || len(body) >= 90 || (len(body) > 64 && strings.HasPrefix(body, "51"))
}

// clerkVendors are names that place a key in Clerk's world: Clerk itself and Svix,
// which signs Clerk's webhooks.
var clerkVendors = []string{"clerk", "svix"}

// foreignVendors issue keys with Clerk's prefixes (sk_/pk_/whsec_).
var foreignVendors = []string{"stripe", "culqi", "paystack", "flutterwave", "conekta"}

// IsForeignVendor reports whether vendor (as returned by NearestVendor) is not Clerk.
func IsForeignVendor(vendor string) bool {
	return vendor != "" && vendor != "clerk" && vendor != "svix"
}

// NearestVendor returns the vendor whose name occurs last in before, the text just
// before a key on its line, compared case-insensitively. The nearest name wins so
// that `{CLERK_PUBLISHABLE_KEY: pk, STRIPE_SECRET_KEY: "sk_live_…"}` is Stripe's.
// It returns "clerk", "svix", a foreign vendor name, or "".
func NearestVendor(before string) string {
	lower := strings.ToLower(before)
	best, bestAt := "", -1
	for _, group := range [][]string{clerkVendors, foreignVendors} {
		for _, v := range group {
			if i := strings.LastIndex(lower, v); i > bestAt {
				best, bestAt = v, i
			}
		}
	}
	return best
}

// placeholderWords are fillers people put where a key goes. Each is long enough
// that a random 42-character key contains it with negligible probability.
var placeholderWords = []string{
	"your", "replace", "placeholder", "changeme", "change_me", "dummy", "example",
	"redacted", "insert", "secret_key", "publishable_key",
}

// placeholderMarks are template and elision syntax ({{secret}}, <secret>, ${KEY},
// sk_test_..., sk_live_****) and runs of x, matched case-sensitively so that a
// random key's "xXx" does not count.
var placeholderMarks = []string{"...", "…", "{{", "}}", "<", ">", "${", "$(", "%s", "**", "\n", "xxxx", "XXXX"}

// dummyBase64 is base64("dummy"), the filler of Docker build args (pk_test_ZHVtbXk=).
const dummyBase64 = "ZHVtbXk"

// IsPlaceholder reports whether a key or its body is documentation filler rather
// than a credential: too short, template syntax, filler words, base64 "dummy",
// long runs of one character or of a sequence, or too little entropy. Known
// prefixes (sk_test_, pk_live_, whsec_, ...) are stripped first.
func IsPlaceholder(s string) bool {
	body := stripKnownPrefix(s)
	if len(body) < 8 {
		return true
	}
	for _, m := range placeholderMarks {
		if strings.Contains(body, m) {
			return true
		}
	}
	lower := strings.ToLower(body)
	for _, w := range placeholderWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	if strings.HasPrefix(body, dummyBase64) {
		return true
	}
	if longestRun(lower) >= 6 || longestSequence(lower) >= 8 {
		return true
	}
	floor := 3.0
	if len(body) < 16 {
		floor = 2.5
	}
	return Entropy(body) < floor
}

func stripKnownPrefix(s string) string {
	for _, p := range []string{SecretTestPrefix, SecretLivePrefix, PublishableTestPrefix, PublishableLivePrefix,
		WebhookSecretPrefix, "rk_test_", "rk_live_"} {
		if strings.HasPrefix(s, p) {
			return s[len(p):]
		}
	}
	return s
}

// longestRun is the longest stretch of one repeated byte ("aaaaaa").
func longestRun(s string) int {
	best, run := 0, 0
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i] == s[i-1] {
			run++
		} else {
			run = 1
		}
		best = max(best, run)
	}
	return best
}

// longestSequence is the longest stretch of consecutive ascending or descending
// bytes ("abcdefgh", "87654321").
func longestSequence(s string) int {
	best, up, down := min(len(s), 1), 1, 1
	for i := 1; i < len(s); i++ {
		d := int(s[i]) - int(s[i-1])
		if d == 1 {
			up++
		} else {
			up = 1
		}
		if d == -1 {
			down++
		} else {
			down = 1
		}
		best = max(best, up, down)
	}
	return best
}

// Entropy is the Shannon entropy of s in bits per byte: about 5 for a random
// 42-character alphanumeric key, below 3 for "sk_test_abcabcabc…".
func Entropy(s string) float64 {
	if s == "" {
		return 0
	}
	var counts [256]int
	for i := 0; i < len(s); i++ {
		counts[s[i]]++
	}
	n := float64(len(s))
	var e float64
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / n
			e -= p * math.Log2(p)
		}
	}
	return e
}

// PublishableKey is a decoded Clerk publishable key.
type PublishableKey struct {
	Key string
	// Host is the Frontend API host the key encodes, e.g. "clerk.example.com" or
	// "foo-bar-13.clerk.accounts.dev".
	Host     string
	Instance Instance
}

// ParsePublishableKey applies Clerk's own validation (isPublishableKey /
// parsePublishableKey in @clerk/shared): pk_test_ or pk_live_, exactly three
// "_"-separated parts, and a base64 body decoding to a host that ends in a single
// "$" and contains a ".". It additionally requires host characters, so a Stripe
// publishable key whose random body happens to decode to "…$" is not Clerk's.
func ParsePublishableKey(s string) (PublishableKey, bool) {
	inst, ok := instanceOf(s, PublishableTestPrefix, PublishableLivePrefix)
	if !ok {
		return PublishableKey{}, false
	}
	if strings.Count(s, "_") != 2 {
		return PublishableKey{}, false
	}
	body := strings.TrimRight(s[len(PublishableTestPrefix):], "=")
	if body == "" || len(body)%4 == 1 {
		return PublishableKey{}, false // atob rejects this length
	}
	raw, err := base64.RawStdEncoding.DecodeString(body)
	if err != nil {
		return PublishableKey{}, false
	}
	host, ok := strings.CutSuffix(string(raw), "$")
	if !ok || strings.Contains(host, "$") || !strings.Contains(host, ".") || !isHost(host) {
		return PublishableKey{}, false
	}
	return PublishableKey{Key: s, Host: host, Instance: inst}, true
}

// isHost accepts host names with an optional port: letters, digits, '.', '-',
// '_' and ':'; the first and last characters must not be '.'.
func isHost(h string) bool {
	if h == "" || h[0] == '.' || h[len(h)-1] == '.' {
		return false
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_' || c == ':') {
			return false
		}
	}
	return true
}

// IsWebhookSecret reports whether s has the shape of a Svix signing secret as
// Clerk issues it: whsec_ followed by at least 24 base64 characters (Svix uses 24
// random bytes, 32 characters), and is not a placeholder such as whsec_123.
func IsWebhookSecret(s string) bool {
	body, ok := strings.CutPrefix(s, WebhookSecretPrefix)
	if !ok {
		return false
	}
	trimmed := strings.TrimRight(body, "=")
	if len(body)-len(trimmed) > 2 || len(trimmed) < 24 {
		return false
	}
	for i := 0; i < len(trimmed); i++ {
		c := trimmed[i]
		if !(isAlnumByte(c) || c == '+' || c == '/') {
			return false
		}
	}
	return !IsPlaceholder(body)
}

func isAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isAlnumByte(s[i]) {
			return false
		}
	}
	return true
}

func isAlnumByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
