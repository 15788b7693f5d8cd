package secrets

import (
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

func builtinRule(t *testing.T) *rules.Rule {
	t.Helper()
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	r := set.Get(ruleid.SecretInClientCode)
	if r == nil || !r.HasEngine("js") {
		t.Fatalf("%s missing from the rule set or not on the js engine", ruleid.SecretInClientCode)
	}
	return r
}

func TestSecretNames(t *testing.T) {
	c, err := NewClientCode([]*rules.Rule{builtinRule(t)}, scan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ck := c.(*clientChecker)
	for name, want := range map[string]bool{
		"CLERK_SECRET_KEY": true, "VITE_CLERK_SECRET_KEY": true, "MYAPP_CLERK_SECRET_KEY": true,
		"CLERK_SECRET_KEY_PROD": true, "CLERK_WEBHOOK_SIGNING_SECRET": true, "CLERK_WEBHOOK_SECRET": true,
		"CLERK_MACHINE_SECRET_KEY": true, "CLERK_ENCRYPTION_KEY": true, "WEBHOOK_SECRET": true,
		"SIGNING_SECRET": true, "VITE_WEBHOOK_SECRET": true,
		"CLERK_PUBLISHABLE_KEY": false, "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY": false, "CLERK_JWT_KEY": false,
		"STRIPE_WEBHOOK_SECRET": false, "CLERK_SECRET_KEYS_DOC": false, "XCLERK_SECRET_KEY": false,
	} {
		if got := ck.secret(name); got != want {
			t.Errorf("secret(%s) = %v, want %v", name, got, want)
		}
	}
}

// withParams returns the built-in rule with params replaced.
func withParams(t *testing.T, params string) *rules.Rule {
	t.Helper()
	r := *builtinRule(t)
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(params), &doc); err != nil {
		t.Fatal(err)
	}
	r.Params = *doc.Content[0]
	return &r
}

func TestParamErrors(t *testing.T) {
	for params, want := range map[string]string{
		"secret-names: [X]\nsecret-reads: ['(identifier) @x']":                          `field "params.secret-reads.0": the query must capture @name`,
		"secret-names: [X]\nsecret-reads: ['((identifier) @name (#foo? @name \"x\"))']": "unsupported predicate #foo?",
		"secret-names: [X]\nserver-modules: [{module: ''}]":                             `server-modules.0.module`,
		"whole-names: []":                     `field "params.secret-names": is required`,
		"secret-names: [X]\nno-such-field: 1": `unknown field`,
		"secret-names: ['(']":                 `invalid regex`,
	} {
		_, err := NewClientCode([]*rules.Rule{withParams(t, params)}, scan.Options{})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("params %q: error %v, want %q", params, err, want)
		}
	}
}

// TestBuiltinSecretReadsCompile compiles the built-in secret-reads queries for
// every grammar: the checker compiles all but JavaScript's on first use.
func TestBuiltinSecretReadsCompile(t *testing.T) {
	var p clientParams
	if err := builtinRule(t).DecodeParams(&p); err != nil {
		t.Fatal(err)
	}
	if len(p.SecretReads) == 0 {
		t.Fatal("no built-in secret-reads")
	}
	for _, src := range p.SecretReads {
		q, err := js.NewQuery(src)
		if err != nil {
			t.Fatal(err)
		}
		q.Close()
	}
}
