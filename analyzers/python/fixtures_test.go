package python_test

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

// TestFixtures runs the Python rules over every annotated project in
// testdata/python.
func TestFixtures(t *testing.T) {
	scantest.RunEngines(t, "../../testdata/python/*", engines.Python())
}
