package js

import (
	"reflect"
	"sort"
	"testing"
)

func TestPresenceTested(t *testing.T) {
	src := []byte(`function outside(a) { if (a) return 1 }
async function handler({ locals }) {
	const { userId, orgId, role } = locals.auth()
	if (userId && orgId.length) { await save(userId) }
	const label = session?.user ? 'in' : 'out'
	if (!role) console.log('no role')
	if (count > 2) return
}
`)
	ps := NewParsers(1, Limits{})
	defer ps.Close()
	tree, err := ps.Parse(src, LangOf("a.ts"))
	if err != nil {
		t.Fatal(err)
	}
	defer tree.Close()
	var got []string
	for n := range PresenceTested(tree, 2, 8) {
		got = append(got, n)
	}
	sort.Strings(got)
	// `!role` tests absence (the session rules read it as a guard) and
	// `count > 2` tests no presence; `a` lies outside the lines.
	if want := []string{"orgId", "session", "userId"}; !reflect.DeepEqual(got, want) {
		t.Errorf("PresenceTested = %v, want %v", got, want)
	}
}
