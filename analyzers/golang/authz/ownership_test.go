package authz_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/clerklint/clerklint/analyzers/golang/authz"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
)

func TestCLK203(t *testing.T) {
	analysistest.Run(t, testdata(), authz.NewOwnership(gorules.Settings{}), "clk203/...")
}
