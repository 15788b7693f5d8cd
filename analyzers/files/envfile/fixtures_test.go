package envfile

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

// TestFixtures runs the env engine alone over every annotated project in
// testdata/env (see scantest for the annotation syntax).
func TestFixtures(t *testing.T) {
	scantest.RunEngines(t, "../../../testdata/env/*", Engine)
}
