package authz_test

import (
	"path/filepath"
	"runtime"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/clerklint/clerklint/analyzers/golang/authz"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
)

func testdata() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "testdata")
}

func TestCLK201(t *testing.T) {
	analysistest.Run(t, testdata(), authz.New(gorules.Settings{}), "clk201/admin", "clk201/selfapi", "clk101/nonclerk")
}

func TestCLK201Fixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(), authz.New(gorules.Settings{}), "clk201/fixes")
}
