package plans

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// TestGateMatchesWordSearch: the one-pass gate picks exactly the features
// a whole-word search for each of their names finds, on the rule's own
// table plus a name that is no identifier, over the fixtures and sources
// built to sit on word boundaries.
func TestGateMatchesWordSearch(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	table, err := Decode(set.Get(ruleid.PaidPlanFeature))
	if err != nil {
		t.Fatal(err)
	}
	features := append(table.Features, Feature{ID: "dashed", Strings: []string{"needs-review"}},
		Feature{ID: "member", Members: []string{"a.b.deepName"}})
	srcs := []string{
		"", "actor", "react", "reactor", "x.actor", "$actor", "actor$", "é actor", "éactor",
		"signIn.prepareSecondFactor()", "prepareSecondFactorX()", "strategy: 'saml'", "samlx saml_",
		"status === 'needs-review'", "needs-reviewer", "o.deepName", "deepNameX",
		"isSatellite: true, allowlistIdentifiers", "totp\nbackup_code",
	}
	dir := filepath.Join("..", "..", "..", "testdata", "js", "paid-plans")
	err = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		srcs = append(srcs, string(b))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	g := newGate(features)
	hits := 0
	for _, src := range srcs {
		var want []int
		for i := range features {
			for _, n := range names(&features[i]) {
				if containsWord([]byte(src), n) {
					want = append(want, i)
					break
				}
			}
		}
		if got := g.active([]byte(src)); !reflect.DeepEqual(got, want) {
			t.Errorf("active(%.60q) = %v, want %v", src, got, want)
		}
		hits += len(want)
	}
	if hits < len(srcs)/2 {
		t.Errorf("only %d features found in %d sources: the cases test nothing", hits, len(srcs))
	}
}
