package clientsecret

import (
	"fmt"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/nextjs"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
	"github.com/clerklint/clerklint/analyzers/tokendecode"
	"github.com/clerklint/clerklint/rules"
)

func builtinRule(t *testing.T) *rules.Rule {
	t.Helper()
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	r := set.Get(ID)
	if r == nil || !r.HasEngine("js") {
		t.Fatalf("%s missing from the rule set or not on the js engine", ID)
	}
	return r
}

func TestSecretNames(t *testing.T) {
	c, err := New([]*rules.Rule{builtinRule(t)}, scan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ck := c.(*checker)
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
		_, err := New([]*rules.Rule{withParams(t, params)}, scan.Options{})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("params %q: error %v, want %q", params, err, want)
		}
	}
}

// TestTransitiveFindingExplainsChain: a read reached through imports names the
// 'use client' root in its message and every import on the way as related
// locations, so a reviewer can see why a module without a directive ships.
func TestTransitiveFindingExplainsChain(t *testing.T) {
	root := t.TempDir()
	if _, err := scantest.Prepare("../../testdata/js/nextjs-app", root); err != nil {
		t.Fatal(err)
	}
	fs, err := scantest.Engines(js.NewEngine(Rule, nextjs.Rule, tokendecode.Rule))(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		if f.File != "lib/webhook.ts" || f.Line != 4 {
			continue
		}
		if !strings.Contains(f.Message, "'use client' module app/dashboard/client-panel.tsx via lib/admin.ts") {
			t.Errorf("message = %q", f.Message)
		}
		var rel []string
		for _, r := range f.Related {
			rel = append(rel, fmt.Sprintf("%s:%d", r.File, r.Line))
		}
		if strings.Join(rel, " ") != "app/dashboard/client-panel.tsx:10 lib/admin.ts:4" {
			t.Errorf("related = %v", rel)
		}
		if f.Construct != "read:CLERK_WEBHOOK_SIGNING_SECRET" {
			t.Errorf("construct = %q", f.Construct)
		}
		return
	}
	t.Fatal("no finding at lib/webhook.ts:4")
}
