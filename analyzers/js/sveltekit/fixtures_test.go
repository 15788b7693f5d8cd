package sveltekit_test

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

// TestFixtures runs the SvelteKit rules over every annotated project in
// testdata/sveltekit (with the other js rules, which the engine wants).
func TestFixtures(t *testing.T) {
	scantest.RunEngines(t, "../../../testdata/sveltekit/*", engines.JS())
}
