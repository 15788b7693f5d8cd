package plans_test

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

func TestFixtures(t *testing.T) {
	scantest.RunEngines(t, "../../../testdata/js/paid-plans", engines.JS())
}

// A project whose only Clerk configuration is its env files still gets the
// env check: it runs once after the walk, not on a JS file's visit.
func TestEnvOnlyProject(t *testing.T) {
	scantest.RunEngines(t, "../../../testdata/js/paid-plans-env-only", engines.JS())
}
