package engines

import (
	"slices"
	"testing"

	"github.com/clerklint/clerklint/rules"
)

// TestIDsMatchRules is the id ↔ implementation contract, in both directions:
// every engine a YAML rule lists exists and declares the rule's id, and every
// id an engine declares is a YAML rule that lists that engine. (The scan also
// refuses, at run time, a finding whose rule the selection lacks.)
func TestIDsMatchRules(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string][]string{}
	for _, e := range All() {
		if _, dup := byName[e.Name]; dup {
			t.Errorf("engine %s registered twice", e.Name)
		}
		if len(e.IDs) == 0 {
			t.Errorf("engine %s declares no rule ids", e.Name)
		}
		byName[e.Name] = e.IDs
		for _, id := range e.IDs {
			r := set.Get(id)
			switch {
			case r == nil:
				t.Errorf("engine %s declares %s, which rules/*.yaml lacks", e.Name, id)
			case !r.HasEngine(e.Name):
				t.Errorf("engine %s declares %s, whose YAML entry lists engines %v", e.Name, id, r.Engines)
			}
		}
	}
	for _, r := range set.All() {
		if len(r.Engines) == 0 {
			t.Errorf("%s: rule %s lists no engine", r.Pos, r.ID)
		}
		for _, name := range r.Engines {
			ids, ok := byName[name]
			switch {
			case !ok:
				t.Errorf("%s: rule %s lists engine %q, which does not exist", r.Pos, r.ID, name)
			case !slices.Contains(ids, r.ID):
				t.Errorf("%s: rule %s lists engine %q, which does not implement it (declares %v)", r.Pos, r.ID, name, ids)
			}
		}
	}
}
