package webhookverify_test

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

func TestFixtures(t *testing.T) {
	scantest.RunEngines(t, "../../testdata/js/webhooks-nextjs", engines.JS())
}
