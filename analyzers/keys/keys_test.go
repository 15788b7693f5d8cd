package keys

import (
	"encoding/base64"
	"math/rand/v2"
	"strings"
	"testing"
)

// body returns a deterministic random alphanumeric string: keys are assembled at
// run time so no key-shaped literal ever sits in the repository.
func body(n int, seed uint64) string {
	const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	r := rand.New(rand.NewPCG(seed, 7))
	b := make([]byte, n)
	for i := range b {
		b[i] = alnum[r.IntN(len(alnum))]
	}
	return string(b)
}

func sk(env string, b string) string { return "sk_" + env + "_" + b }

func pk(env, host string) string {
	return "pk_" + env + "_" + base64.RawStdEncoding.EncodeToString([]byte(host))
}

func TestClassifySecretKey(t *testing.T) {
	clerk := Context{Vendor: "clerk"}
	stripe := Context{Vendor: "stripe"}
	project := Context{ProjectUsesClerk: true}
	tests := []struct {
		name string
		key  string
		ctx  Context
		want Verdict
	}{
		{"42-char live key without context", sk("live", body(42, 1)), Context{}, Clerk},
		{"42-char test key without context", sk("test", body(42, 2)), Context{}, Clerk},
		{"42-char key named for stripe", sk("live", body(42, 3)), stripe, NotClerk},
		{"24-char stripe legacy key", sk("test", body(24, 4)), Context{}, NotClerk},
		{"24-char key in a clerk project is still stripe's shape", sk("test", body(24, 5)), project, NotClerk},
		{"24-char key named CLERK_", sk("test", body(24, 6)), clerk, Clerk},
		{"99-char stripe 51 key in a clerk project", sk("live", "51"+body(97, 7)), project, NotClerk},
		{"40-char key in a clerk project", sk("live", body(40, 8)), project, Clerk},
		{"40-char key, no context", sk("live", body(40, 9)), Context{}, NotClerk},
		{"48-char key named clerk", sk("live", body(48, 10)), clerk, Clerk},
		{"x filler", sk("test", strings.Repeat("x", 42)), Context{}, Placeholder},
		{"REPLACEME filler", sk("live", "REPLACEME"+body(33, 11)), clerk, Placeholder},
		{"low entropy", sk("test", strings.Repeat("abc", 14)), Context{}, Placeholder},
		{"ascending run", sk("test", "abcdefghijklmnop"+body(26, 12)), Context{}, Placeholder},
		{"base64 dummy", sk("test", "ZHVtbXk"), clerk, Placeholder},
		{"elided", "sk_test_...", Context{}, NotKey},
		{"underscored placeholder", "sk_test_your_key_here", clerk, NotKey},
		{"padded base64 dummy", "sk_test_ZHVtbXk=", clerk, NotKey},
		{"template", "sk_live_{{secret}}", clerk, NotKey},
		{"publishable key", pk("test", "clerk.example.com$"), clerk, NotKey},
		{"overlong body named clerk", sk("live", body(129, 14)), clerk, NotClerk},
		{"restricted stripe key", "rk_live_" + body(42, 13), Context{}, NotKey},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ClassifySecretKey(tt.key, tt.ctx); got != tt.want {
				t.Errorf("ClassifySecretKey(%s, %+v) = %v, want %v", Redact(tt.key), tt.ctx, got, tt.want)
			}
		})
	}
}

func TestParseSecretKey(t *testing.T) {
	k, ok := ParseSecretKey(sk("live", body(42, 20)))
	if !ok || k.Instance != Production || len(k.Body) != 42 {
		t.Fatalf("live key: got %+v, %v", k.Instance, ok)
	}
	k, ok = ParseSecretKey(sk("test", body(42, 21)))
	if !ok || k.Instance != Development {
		t.Fatalf("test key: got %v, %v", k.Instance, ok)
	}
	for _, s := range []string{"sk_prod_" + body(42, 22), "sk_test_", "sk_test_abc-def", "test_" + body(42, 23)} {
		if _, ok := ParseSecretKey(s); ok {
			t.Errorf("ParseSecretKey(%q) accepted", Redact(s))
		}
	}
}

func TestIsPlaceholder(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		// The placeholders of clerk-reference §2.7.
		{"pk_test_...", true},
		{"sk_test_...", true},
		{"sk_live_XXX", true},
		{"{{secret}}", true},
		{"{{pub_key}}", true},
		{"sk_test_your_key_here", true},
		{"sk_test_REPLACE_ME", true},
		{"pk_test_xxxxx", true},
		{"pk_test_ZHVtbXk=", true},
		{"sk_test_ZHVtbXk=", true},
		{"whsec_123", true},
		{"your_clerk_secret_key", true},
		// More filler.
		{"<secret>", true},
		{"sk_live_" + strings.Repeat("X", 42), true},
		{"sk_live_" + strings.Repeat("0", 42), true},
		{"sk_test_1234567890abcdefghij1234567890abcdef", true},
		{"sk_test_" + strings.Repeat("ab", 21), true},
		{"${CLERK_SECRET_KEY}", true},
		{"sk_live_****************************************", true},
		{"whsec_dummy" + body(24, 30), true},
		// Credentials.
		{"sk_live_" + body(42, 31), false},
		{"sk_test_" + body(24, 32), false},
		{"whsec_" + body(32, 33), false},
		{body(64, 34), false},
		{"a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2", false}, // hex encryption key
	}
	for _, tt := range tests {
		if got := IsPlaceholder(tt.in); got != tt.want {
			t.Errorf("IsPlaceholder(%s) = %v, want %v", Redact(tt.in), got, tt.want)
		}
	}
}

func TestParsePublishableKey(t *testing.T) {
	tests := []struct {
		name string
		key  string
		host string // "" when the key must be rejected
		inst Instance
	}{
		// Vectors from Clerk's docs and @clerk/shared tests (clerk-reference §2.1).
		{"docs example", "pk_test_ZXhhbXBsZS5hY2NvdW50cy5kZXYk", "example.accounts.dev", Development},
		{"shared test dev", "pk_test_Zm9vLWJhci0xMy5jbGVyay5hY2NvdW50cy5kZXYk", "foo-bar-13.clerk.accounts.dev", Development},
		{"shared test live", "pk_live_ZmFrZS1jbGVyay10ZXN0LmNsZXJrLmFjY291bnRzLmRldiQ", "fake-clerk-test.clerk.accounts.dev", Production},
		{"legacy padding", "pk_test_Y2xlcmsuY2xlcmsuZGV2JA==", "clerk.clerk.dev", Development},
		{"production host", pk("live", "clerk.example.com$"), "clerk.example.com", Production},
		{"host with port", pk("test", "clerk.localhost:3000$"), "clerk.localhost:3000", Development},
		{"base64 dummy", "pk_test_ZHVtbXk=", "", 0},
		{"filler", "pk_test_xxxxx", "", 0},
		{"elided", "pk_test_...", "", 0},
		{"no dollar", pk("test", "clerk.example.com"), "", 0},
		{"two dollars", pk("test", "clerk$example.com$"), "", 0},
		{"no dot", pk("test", "localhost$"), "", 0},
		{"extra underscore", pk("test", "clerk.example.com$") + "_x", "", 0},
		{"stripe-shaped random body", "pk_live_51" + body(97, 40), "", 0},
		{"binary host", "pk_test_" + base64.RawStdEncoding.EncodeToString([]byte("\x01\x02.\xff$")), "", 0},
		{"secret key", sk("test", body(42, 41)), "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ParsePublishableKey(tt.key)
			if tt.host == "" {
				if ok {
					t.Fatalf("accepted %q as host %q", tt.key, got.Host)
				}
				return
			}
			if !ok || got.Host != tt.host || got.Instance != tt.inst {
				t.Fatalf("got %+v, %v; want host %q instance %v", got, ok, tt.host, tt.inst)
			}
		})
	}
}

func TestIsWebhookSecret(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"whsec_" + body(32, 50), true},
		{"whsec_" + body(30, 51) + "+/", true},
		{"whsec_" + body(28, 52) + "==", true},
		{"whsec_123", false},
		{"whsec_" + body(20, 53), false},
		{"whsec_" + strings.Repeat("x", 32), false},
		{"whsec_{{secret}}", false},
		{"whsec_" + body(30, 54) + "-_", false},
		{"whsec_" + body(28, 55) + "===", false},
		{"sk_test_" + body(42, 56), false},
	}
	for _, tt := range tests {
		if got := IsWebhookSecret(tt.in); got != tt.want {
			t.Errorf("IsWebhookSecret(%s) = %v, want %v", Redact(tt.in), got, tt.want)
		}
	}
}

func TestNearestVendor(t *testing.T) {
	tests := []struct{ before, want string }{
		{`CLERK_SECRET_KEY=`, "clerk"},
		{`clerk.SetKey("`, "clerk"},
		{`const clerk = createClerkClient({ secretKey: "`, "clerk"},
		{`STRIPE_SECRET_KEY=`, "stripe"},
		{`{ CLERK_PUBLISHABLE_KEY: pk, STRIPE_SECRET_KEY: "`, "stripe"},
		{`{ STRIPE_KEY: s, CLERK_SECRET_KEY: "`, "clerk"},
		{`new Webhook("`, ""},
		{`const svix = new Webhook("`, "svix"},
		{`const key = "`, ""},
	}
	for _, tt := range tests {
		if got := NearestVendor(tt.before); got != tt.want {
			t.Errorf("NearestVendor(%q) = %q, want %q", tt.before, got, tt.want)
		}
	}
}

func TestEntropy(t *testing.T) {
	if e := Entropy(""); e != 0 {
		t.Errorf("empty: %v", e)
	}
	if e := Entropy("aaaa"); e != 0 {
		t.Errorf("one symbol: %v", e)
	}
	if e := Entropy("abcd"); e != 2 {
		t.Errorf("four symbols: %v", e)
	}
	if e := Entropy(body(42, 60)); e < 4.5 {
		t.Errorf("random 42 chars: %v, want >= 4.5", e)
	}
}

func TestRedact(t *testing.T) {
	key := sk("live", body(42, 70))
	got := Redact(key)
	if got != "sk_live_…"+key[len(key)-4:] {
		t.Errorf("Redact = %q", got)
	}
	if got := RedactAll("key=" + key + " end"); strings.Contains(got, key[8:20]) {
		t.Errorf("RedactAll leaked the body: %q", got)
	}
}

// TestRedactAllGluedToWord: a key right after a word character (an identifier
// such as my_sk_test_…, a file named xsk_live_…, a directory path) is a full key
// all the same; the backstop must not need a word boundary before it.
func TestRedactAllGluedToWord(t *testing.T) {
	key := sk("test", body(42, 71))
	hook := "whsec_" + body(32, 72)
	for _, s := range []string{
		"my_" + key, "x" + key, "dir/" + key + "/file.ts", "9" + key + "9",
		"MY_" + hook, "a" + hook,
	} {
		got := RedactAll(s)
		for _, secret := range []string{key, hook} {
			if strings.Contains(got, secret[len(secret)-20:]) {
				t.Errorf("RedactAll(%s) = %q kept the body", Redact(secret), got)
			}
		}
	}
}
