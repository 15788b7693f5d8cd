package nextjs_test

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

// TestFixtures runs the Next.js rules over every annotated project in
// testdata/nextjs (with the other js rules: the engine wants every js rule of
// the rule set implemented); other engines' annotations there are checked by
// the CLI's fixture test.
func TestFixtures(t *testing.T) {
	scantest.RunEngines(t, "../../../testdata/nextjs/*", engines.JS())
}
