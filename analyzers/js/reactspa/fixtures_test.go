package reactspa_test

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

// TestFixtures runs the js rules over the React SPA fixture projects; other
// engines' annotations there are checked by the CLI's fixture test.
func TestFixtures(t *testing.T) {
	scantest.RunEngines(t, "../../../testdata/js/vite-spa*", engines.JS())
}
