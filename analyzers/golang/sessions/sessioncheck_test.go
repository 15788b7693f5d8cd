package sessions_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/analyzers/golang/sessions"
)

func TestCLK102(t *testing.T) {
	analysistest.Run(t, testdata(), sessions.NewSessionCheck(gorules.Settings{}), "clk102/claims", "clk102/routes", "clk102/crosspkg", "clk102/adapters", "clk102/usergetter", "clk102/failopenpublic")
}

func TestCLK102Fixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(), sessions.NewSessionCheck(gorules.Settings{}), "clk102/fixes")
}
