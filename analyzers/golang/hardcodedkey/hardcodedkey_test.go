package hardcodedkey_test

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/clerklint/clerklint/analyzers/golang/hardcodedkey"
)

// testdata is the repository's GOPATH-style tree shared by the Go passes: the
// SDK stubs live under testdata/src/github.com/... (GOPATH must be absolute).
func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestSecretKey(t *testing.T) {
	analysistest.Run(t, testdata(t), hardcodedkey.SecretKey, "hardcodedkey/secretkey", "hardcodedkey/noclerk/sk")
}

func TestPublishableKey(t *testing.T) {
	analysistest.Run(t, testdata(t), hardcodedkey.PublishableKey, "hardcodedkey/publishable")
}

func TestWebhookSecret(t *testing.T) {
	analysistest.Run(t, testdata(t), hardcodedkey.WebhookSecret, "hardcodedkey/webhooksecret", "hardcodedkey/noclerk/whsec")
}

// TestFixes checks the os.Getenv replacement and the "os" import it needs.
func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), hardcodedkey.SecretKey, "hardcodedkey/fix/sk")
	analysistest.RunWithSuggestedFixes(t, testdata(t), hardcodedkey.PublishableKey, "hardcodedkey/fix/pk")
	analysistest.RunWithSuggestedFixes(t, testdata(t), hardcodedkey.WebhookSecret, "hardcodedkey/fix/whsec")
}

// TestPositionMatchesFileScanner pins where a key in one literal is reported:
// the line and 1-based byte column of the key's first character, and the byte
// after its last as End — the span the file scanner reports for the same key,
// so `clerklint scan` can drop one of the two. (The key is assembled here so no
// complete key literal is committed.)
func TestPositionMatchesFileScanner(t *testing.T) {
	key := "sk_live_" + "0aB1cD2eF3gH4iJ5" + "kL6mN7oP8qR9sT0uV1wX2yZ3aB"
	line := "\tclerkSecret := \"Bearer \\t" + key + "\" // want `clerk production secret key`\n"
	src := "package p\n\nfunc f() {\n" + line + "\t_ = clerkSecret\n}\n"
	dir, cleanup, err := analysistest.WriteFiles(map[string]string{"p/p.go": src})
	if err != nil {
		t.Fatal(err)
	}
	defer cleanup()
	res := analysistest.Run(t, dir, hardcodedkey.SecretKey, "p")
	if len(res) != 1 || len(res[0].Diagnostics) != 1 {
		t.Fatalf("want one diagnostic, got %+v", res)
	}
	d := res[0].Diagnostics[0]
	fset := res[0].Action.Package.Fset
	pos, end := fset.Position(d.Pos), fset.Position(d.End)
	wantCol := strings.Index(line, key) + 1
	if pos.Line != 4 || pos.Column != wantCol || end.Column != wantCol+len(key) {
		t.Errorf("reported at %d:%d-%d, want 4:%d-%d", pos.Line, pos.Column, end.Column, wantCol, wantCol+len(key))
	}
}
