package webhooks_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/analyzers/golang/webhooks"
)

// testdata is the repository's GOPATH-style tree with the SDK stubs.
func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestUnverified(t *testing.T) {
	analysistest.Run(t, testdata(t), webhooks.NewUnverified(gorules.Settings{}), "webhook/unverified", "webhook/verified")
	analysistest.RunWithSuggestedFixes(t, testdata(t), webhooks.NewUnverified(gorules.Settings{}), "webhook/timestamp")
}

func TestBehindAuth(t *testing.T) {
	analysistest.Run(t, testdata(t), webhooks.NewBehindAuth(gorules.Settings{}), "webhook/behindauth", "webhook/verified")
}

func TestUserDeleted(t *testing.T) {
	analysistest.Run(t, testdata(t), webhooks.NewUserDeleted(gorules.Settings{}), "webhook/deleted", "webhook/deletedok", "webhook/audit", "webhook/verified")
}
