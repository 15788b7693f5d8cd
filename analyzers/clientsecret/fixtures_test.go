package clientsecret

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/nextjs"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
	"github.com/clerklint/clerklint/analyzers/tokendecode"
)

// TestFixtures runs CLK004 over every annotated project in testdata/js; the
// other engines' annotations in those realistic apps are checked by the CLI's
// fixture test.
func TestFixtures(t *testing.T) {
	// The js engine must implement every js rule of the set: the Next.js rules
	// run too (their annotations in these apps are checked as well).
	scantest.RunEngines(t, "../../testdata/js/*", js.NewEngine(Rule, nextjs.Rule, tokendecode.Rule))
}
