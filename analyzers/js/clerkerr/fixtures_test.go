package clerkerr_test

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

// TestFixtures runs the js rules over testdata/clerkerr: each swallowed
// Clerk call beside the twin that answers its failure, per framework.
func TestFixtures(t *testing.T) {
	scantest.RunEngines(t, "../../../testdata/clerkerr/*", engines.JS())
}
