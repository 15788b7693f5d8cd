package plans_test

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

func TestFixtures(t *testing.T) {
	scantest.RunEngines(t, "../../../testdata/js/paid-plans", engines.JS())
}
