package tokenverify_test

import (
	"path/filepath"
	"runtime"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/clerklint/clerklint/analyzers/tokenverify"
)

func testdata() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata")
}

func TestCLK104(t *testing.T) {
	analysistest.Run(t, testdata(), tokenverify.Analyzer, "clk104/tokens", "clk101/nonclerk")
}
