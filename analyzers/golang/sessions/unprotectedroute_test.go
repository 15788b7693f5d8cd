package sessions_test

import (
	"path/filepath"
	"runtime"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/analyzers/golang/sessions"
)

func testdata() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "testdata")
}

func TestCLK101(t *testing.T) {
	analysistest.Run(t, testdata(), sessions.NewUnprotected(gorules.Settings{}),
		"clk101/chiapp", "clk101/ginapp", "clk101/echoapp", "clk101/gorillaapp", "clk101/stdmux",
		"clk101/crosspkg", "clk101/registrar", "clk101/registrar/routes", "clk101/nonclerk", "clk101/v1app",
		"clk101/adapters", "clk101/fiberapp", "clk101/gaps", "clk101/effects", "clk101/publicdata", "clk101/ownauth", "clk101/intake", "clk101/signed", "clk101/funcvar")
}

func TestCLK101Fixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(), sessions.NewUnprotected(gorules.Settings{}), "clk101/fixes")
}

// TestPublicRoutesSetting checks that configured public routes are not reported.
func TestPublicRoutesSetting(t *testing.T) {
	a := sessions.NewUnprotected(gorules.Settings{PublicRoutes: []string{"/api/open"}})
	analysistest.Run(t, testdata(), a, "clk101/settings")
}
