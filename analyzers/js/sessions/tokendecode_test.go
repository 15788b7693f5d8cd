package sessions_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
	"github.com/clerklint/clerklint/rules/ruleid"
)

func TestFixtures(t *testing.T) {
	scantest.RunEngines(t, "../../../testdata/js/token-decode", engines.JS())
}

func TestMessage(t *testing.T) {
	src := "import { jwtDecode } from 'jwt-decode'\nexport function f(t: string) {\n  return jwtDecode(t).sub\n}\n"
	for _, c := range []struct{ pkg, from string }{
		{`{"dependencies":{"jwt-decode":"^4"}}`, "@clerk/backend"},
		{`{"dependencies":{"jwt-decode":"^4","next":"15.2.0","@clerk/nextjs":"^6.12.0"}}`, "@clerk/nextjs/server"},
	} {
		root := scantest.WriteTree(t, map[string]string{"package.json": c.pkg, "api.ts": src})
		fs, err := scantest.Engines(engines.JS())(root)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range fs {
			if f.RuleID == ruleid.TokenDecodedNotVerified {
				got = append(got, fmt.Sprintf("%s:%d %s", f.File, f.Line, f.Message))
			}
		}
		want := "api.ts:3 session token decoded with jwtDecode without verification and its sub trusted: anyone can forge an unsigned token with any sub; verify it with verifyToken() from " + c.from + " (or auth()/getAuth()) before using the claims"
		if len(got) != 1 || got[0] != want {
			t.Errorf("%s: findings = %q, want %q", c.pkg, got, want)
		}
	}
}

// TestDeepNesting is a hostile input: a token decoded inside 20,000 nested
// blocks. Its enclosing function was found by climbing Parent() (O(depth²):
// tree-sitter descends from the root for each parent); Tree.EnclosingFunc
// answers from a table built in one walk.
func TestDeepNesting(t *testing.T) {
	const depth = 20000
	src := "import { jwtDecode } from 'jwt-decode'\nexport function f(t: string) {\n" +
		strings.Repeat("{\n", depth) + "return jwtDecode(t).sub" + strings.Repeat("\n}", depth) + "\n}\n"
	root := scantest.WriteTree(t, map[string]string{"package.json": `{"dependencies":{"jwt-decode":"^4"}}`, "api.ts": src})
	fs, err := scantest.Engines(engines.JS())(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || fs[0].RuleID != ruleid.TokenDecodedNotVerified || fs[0].Line != 3+depth {
		t.Fatalf("findings = %v, want one %s on line %d", fs, ruleid.TokenDecodedNotVerified, 3+depth)
	}
}
