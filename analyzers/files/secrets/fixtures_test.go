package secrets

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

// TestFixtures runs the engine over every project in testdata/secrets, checking
// each file's ruleid:/ok: annotations and EXPECT entries.
func TestFixtures(t *testing.T) {
	scantest.RunEngines(t, "../../../testdata/secrets/*", Engine)
}
