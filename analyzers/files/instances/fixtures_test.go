package instances

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

// TestFixtures runs the instances engine alone over every annotated project
// in testdata/instances (see scantest for the annotation syntax).
func TestFixtures(t *testing.T) {
	scantest.RunEngines(t, "../../../testdata/instances/*", Engine)
}
