package clerkerr_test

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/js/clerkerr"
	"github.com/clerklint/clerklint/analyzers/scan"
)

// TestLocal: CLK501 reports only in the file it checks and keeps nothing, so
// when files are named it must not be offered the files walked for context.
func TestLocal(t *testing.T) {
	c, err := clerkerr.New(nil, scan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := c.(js.Local); !ok {
		t.Errorf("%T is not js.Local", c)
	}
}
