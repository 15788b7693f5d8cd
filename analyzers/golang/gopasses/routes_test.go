package gopasses

import (
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/golang/gorules"
)

// TestRouteAnalyzers: Analyzers includes every route pass, each named by a rule
// id whose YAML entry lists the go engine, and the whole set is a valid graph.
func TestRouteAnalyzers(t *testing.T) {
	all, err := Analyzers(gorules.Settings{})
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]bool{}
	for _, a := range all {
		if byName[a.Name] {
			t.Errorf("%s registered twice", a.Name)
		}
		byName[a.Name] = true
		if r, err := gorules.Rule(a.Name); err != nil || !r.HasEngine("go") {
			t.Errorf("%s: rules YAML does not list engine go", a.Name)
		}
	}
	for _, id := range []string{"CLK101", "CLK102", "CLK104", "CLK201", "CLK404"} {
		if !byName[id] {
			t.Errorf("Analyzers lacks %s", id)
		}
	}
	for _, a := range routeAnalyzers(gorules.Settings{}) {
		if !byName[a.Name] {
			t.Errorf("route analyzer %s missing from Analyzers", a.Name)
		}
	}
	if err := analysis.Validate(all); err != nil {
		t.Fatal(err)
	}
	// Disabling a rule removes it.
	some, err := Analyzers(gorules.Settings{Disable: []string{"CLK101"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range some {
		if a.Name == "CLK101" {
			t.Error("CLK101 still registered when disabled")
		}
	}
}

// TestIDs: the declared ids are the analyzers' names.
func TestIDs(t *testing.T) {
	all, err := Analyzers(gorules.Settings{})
	if err != nil {
		t.Fatal(err)
	}
	ids := IDs()
	if len(ids) != len(all) {
		t.Fatalf("IDs() = %v, Analyzers has %d", ids, len(all))
	}
	for i, a := range all {
		if ids[i] != a.Name {
			t.Errorf("IDs()[%d] = %s, analyzer %s", i, ids[i], a.Name)
		}
	}
}
