package urls_test

import (
	"path/filepath"
	"runtime"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/analyzers/golang/urls"
)

func testdata() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "testdata")
}

func TestCLK404(t *testing.T) {
	analysistest.Run(t, testdata(), urls.New(gorules.Settings{}), "clk404/azp", "clk101/nonclerk")
}
