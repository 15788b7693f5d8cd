package tokendecode_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
	"github.com/clerklint/clerklint/analyzers/tokendecode"
)

func TestFixtures(t *testing.T) {
	scantest.RunEngines(t, "../../testdata/js/token-decode", engines.JS())
}

func TestMessage(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{
		"package.json": `{"dependencies":{"jwt-decode":"^4"}}`,
		"api.ts":       "import { jwtDecode } from 'jwt-decode'\nexport function f(t: string) {\n  return jwtDecode(t).sub\n}\n",
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(root, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fs, err := scantest.Engines(engines.JS())(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 {
		t.Fatalf("findings = %v, want 1", fs)
	}
	f := fs[0]
	want := "session token decoded with jwtDecode without verification and its sub trusted: verify it with verifyToken() from @clerk/backend (or auth()/getAuth()) before using the claims"
	if f.RuleID != tokendecode.ID || f.File != "api.ts" || f.Line != 3 || f.Message != want {
		t.Errorf("finding = %s:%d %s %q", f.File, f.Line, f.RuleID, f.Message)
	}
}
