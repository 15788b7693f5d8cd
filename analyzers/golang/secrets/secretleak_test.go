package secrets_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/analyzers/golang/secrets"
)

// testdata is the repository's GOPATH-style tree with the SDK stubs.
func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestSecretLeak(t *testing.T) {
	analysistest.Run(t, testdata(t), secrets.New(gorules.Settings{}), "secretleak/config", "secretleak/app", "secretleak/plain")
}
