package report

import (
	"bytes"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
	"github.com/clerklint/clerklint/rules"
)

// pkShape is enough of a publishable-key matcher for the stand-in engine below.
var pkShape = regexp.MustCompile(`pk_(?:test|live)_[A-Za-z0-9+/=]{20,}`)

// pkChecker stands in for the secrets engine: it reports CLK005 for every
// publishable key in a .ts file, so the suppression fixtures exercise the real
// walk, the real directive parser and Process independently of that engine.
type pkChecker struct{}

func (pkChecker) Wants(_ *scan.Project, f *scan.File) bool { return f.Lang == "ts" }

func (pkChecker) Check(_ *scan.Project, _ *scan.File, src []byte, emit func(rules.Finding)) {
	for i, line := range bytes.Split(src, []byte("\n")) {
		for _, m := range pkShape.FindAllIndex(line, -1) {
			emit(rules.Finding{RuleID: "CLK005",
				Position: rules.Position{Line: i + 1, Column: m[0] + 1, EndLine: i + 1, EndColumn: m[1] + 1},
				Message:  "publishable key is hardcoded", Secret: string(line[m[0]:m[1]])})
		}
	}
}

// TestSuppressFixtures runs testdata/suppress through scan.Run and Process and
// checks the ruleid:/ok: annotations, as the CLI harness will with the real
// engines.
func TestSuppressFixtures(t *testing.T) {
	builtin, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	var off []string
	for _, r := range builtin.All() {
		if r.Engine != "secrets" && r.Engine != "suppress" {
			off = append(off, r.ID)
		}
	}
	cfg := &rules.Config{}
	sel, err := rules.Select(builtin, cfg, nil, off)
	if err != nil {
		t.Fatal(err)
	}
	engines := []scan.Engine{
		{Name: "secrets", New: func([]*rules.Rule, scan.Options) (scan.Checker, error) { return pkChecker{}, nil }},
		{Name: "suppress"},
	}
	scantest.Run(t, "../../../../testdata/suppress/*", func(root string) ([]rules.Finding, error) {
		if real, err := filepath.EvalSymlinks(root); err == nil {
			root = real
		}
		res, err := scan.Run(scan.Request{Root: root, Selection: sel, Config: cfg, Engines: engines})
		if err != nil {
			return nil, err
		}
		rep := Process(res, sel.Set, Options{Tool: testTool})
		return rep.Findings, nil
	})
}
