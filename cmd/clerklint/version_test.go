package main

import (
	"bytes"
	"testing"

	"github.com/clerklint/clerklint/cmd/clerklint/internal/report"
)

// TestVersionCommand: `version` and `--version` print the same build-derived
// version, never the old "(devel)" constant.
func TestVersionCommand(t *testing.T) {
	want := "clerklint " + report.CurrentTool().Version + "\n"
	for _, arg := range []string{"version", "--version", "-version"} {
		var out, errb bytes.Buffer
		if code := run([]string{arg}, &out, &errb); code != exitClean || out.String() != want {
			t.Errorf("clerklint %s: exit %d, %q; want %q", arg, code, out.String(), want)
		}
	}
	if want == "clerklint (devel)\n" {
		t.Errorf("version is the old placeholder")
	}
}
