package secrets_test

import (
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
	"github.com/clerklint/clerklint/rules/ruleid"
)

func TestLoggedFixtures(t *testing.T) {
	scantest.RunEngines(t, "../../../testdata/js/secret-logging", engines.JS())
}

// TestMessage checks one whole message: it names the env variable, the local
// it travelled through and the sink, and never the secret's value (which sits
// in the project's .env).
func TestMessage(t *testing.T) {
	body := strings.Repeat("Q7", 21)
	files := map[string]string{
		"package.json": `{"dependencies":{"@clerk/backend":"^1"}}`,
		".env":         "CLERK_SECRET_KEY=sk_test_" + body + "\n",
		"server.ts":    "const key = process.env.CLERK_SECRET_KEY\nexport function boot() {\n  console.error(`clerk init failed for ${key}`)\n}\n",
	}
	root := scantest.WriteTree(t, files)
	fs, err := scantest.Engines(engines.JS())(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 {
		t.Fatalf("findings = %v, want 1", fs)
	}
	f := fs[0]
	want := "clerk secret from CLERK_SECRET_KEY (via key) reaches console.error: logs are read by far more people and services than the environment, log whether it is set (Boolean(key)), never its value"
	if f.RuleID != ruleid.SecretLoggedOrReturned || f.File != "server.ts" || f.Line != 3 || f.Column != 17 || f.Message != want {
		t.Errorf("finding = %s:%d:%d %s %q", f.File, f.Line, f.Column, f.RuleID, f.Message)
	}
	if strings.Contains(f.Message, body) || f.Secret != "" {
		t.Errorf("finding carries the secret value: %+v", f)
	}
}

// TestDeepNesting is a hostile input: a secret logged through 20,000 nested
// parentheses. Scope lookups climbed parents one by one, and tree-sitter finds
// a parent by descending from the root, so this took minutes (O(depth²));
// Tree.EnclosingFunc answers from a table built in one walk.
func TestDeepNesting(t *testing.T) {
	const depth = 20000
	src := "const key = process.env.CLERK_SECRET_KEY\nexport function boot() {\n  console.log(\n" +
		strings.Repeat("(\n", depth) + "key" + strings.Repeat("\n)", depth) + ")\n}\n"
	root := scantest.WriteTree(t, map[string]string{
		"package.json": `{"dependencies":{"@clerk/backend":"^1"}}`,
		"server.ts":    src,
	})
	fs, err := scantest.Engines(engines.JS())(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || fs[0].RuleID != ruleid.SecretLoggedOrReturned || fs[0].Line != 4 {
		t.Fatalf("findings = %v, want one CLK008 at server.ts:4 (the argument)", fs)
	}
}
