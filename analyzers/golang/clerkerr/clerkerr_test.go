package clerkerr_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/clerklint/clerklint/analyzers/golang/clerkerr"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
)

// testdata is the repository's GOPATH-style tree with the SDK stubs.
func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestClerkErr(t *testing.T) {
	analysistest.Run(t, testdata(t), clerkerr.New(gorules.Settings{}), "clerkerr/a")
}
