package sessions_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/analyzers/golang/sessions"
)

func TestCLK104(t *testing.T) {
	analysistest.Run(t, testdata(), sessions.NewTokenVerify(gorules.Settings{}), "clk104/tokens", "clk101/nonclerk")
}
