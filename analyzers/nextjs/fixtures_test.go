package nextjs

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/clientsecret"
	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
	"github.com/clerklint/clerklint/analyzers/tokendecode"
)

// TestFixtures runs the Next.js rules over every annotated project in
// testdata/nextjs (with CLK004, the other js rule: the engine wants every
// js rule of the rule set implemented); other engines' annotations there are checked by the CLI's
// fixture test.
func TestFixtures(t *testing.T) {
	scantest.RunEngines(t, "../../testdata/nextjs/*", js.NewEngine(clientsecret.Rule, Rule, tokendecode.Rule))
}
