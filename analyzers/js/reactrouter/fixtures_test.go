package reactrouter_test

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

// TestFixtures runs the React Router and Remix rules over every annotated
// project in testdata/reactrouter (with the other js rules, which the
// engine wants).
func TestFixtures(t *testing.T) {
	scantest.RunEngines(t, "../../../testdata/reactrouter/*", engines.JS())
}
