package ownership_test

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

// TestFixtures runs the js rules over every annotated project in
// testdata/authz: each ownership mistake beside its safe twins.
func TestFixtures(t *testing.T) {
	scantest.RunEngines(t, "../../../testdata/authz/*", engines.JS())
}
