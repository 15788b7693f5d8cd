package express_test

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

// TestFixtures runs the js rules over every annotated server app in
// testdata/express (Express 4 and 5, Fastify, Hono).
func TestFixtures(t *testing.T) {
	scantest.RunEngines(t, "../../../testdata/express/*", engines.JS())
}
