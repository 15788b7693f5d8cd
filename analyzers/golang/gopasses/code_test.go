package gopasses

import (
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/golang/gorules"
)

// TestCodeAnalyzers: every code pass is named by a rule id whose YAML entry
// lists the go engine, and the set (with its Requires) is a valid analysis graph.
func TestCodeAnalyzers(t *testing.T) {
	as := codeAnalyzers(gorules.Settings{})
	seen := map[string]bool{}
	for _, a := range as {
		if seen[a.Name] {
			t.Errorf("%s registered twice", a.Name)
		}
		seen[a.Name] = true
		if r, err := gorules.Rule(a.Name); err != nil || !r.HasEngine("go") {
			t.Errorf("%s: rules YAML does not list engine go", a.Name)
		}
	}
	if err := analysis.Validate(as); err != nil {
		t.Fatal(err)
	}
}
