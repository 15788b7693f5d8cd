package sessioncheck_test

import (
	"path/filepath"
	"runtime"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/clerklint/clerklint/analyzers/sessioncheck"
)

func testdata() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata")
}

func TestCLK102(t *testing.T) {
	analysistest.Run(t, testdata(), sessioncheck.Analyzer, "clk102/claims", "clk102/routes", "clk102/crosspkg")
}

func TestCLK102Fixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(), sessioncheck.Analyzer, "clk102/fixes")
}
