package python_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/python"
)

// queryEffects runs Effects and Queries over the one function of a module.
func queryEffects(t *testing.T, src string) []endpoint.Effect {
	t.Helper()
	m := python.Load(project(t, map[string]string{"app/models.py": "class Note(Base):\n    owner_id = Column(String)\n\n\nclass Invoice(Base):\n    user_id = Column(String)\n", "app/routes.py": "import fastapi\n" + src}))
	defer m.Close()
	f := m.Files["app/routes.py"]
	if f == nil {
		t.Fatal("routes.py not parsed")
	}
	var fn = python.FuncDef(python.Children(f.Root())[len(python.Children(f.Root()))-1])
	if fn == nil {
		t.Fatal("no function at the end of routes.py")
	}
	effects, _ := m.Effects(f, fn)
	effects, _ = m.Queries(f, fn, effects, python.Origins{})
	return effects
}

// TestStatementKindScalarOne: a delete statement run through scalar_one is
// a write, like one run through execute or scalar (statementKind read a
// shorter list of execute methods than query).
func TestStatementKindScalarOne(t *testing.T) {
	for _, method := range []string{"execute", "scalar", "scalar_one", "scalar_one_or_none"} {
		effects := queryEffects(t, "from sqlalchemy import delete\nfrom .models import Invoice\n\n\ndef remove(db, invoice_id):\n    stmt = delete(Invoice).where(Invoice.id == invoice_id).returning(Invoice.id)\n    return db."+method+"(stmt)\n")
		var got []string
		for _, e := range effects {
			got = append(got, fmt.Sprintf("%s %s %s %v", e.Kind, e.Target, e.Model, e.Filter))
		}
		want := fmt.Sprintf("%s db.%s Invoice [id]", endpoint.DBWrite, method)
		if len(got) != 1 || got[0] != want {
			t.Errorf("db.%s(stmt): effects %q, want [%q]", method, got, want)
		}
	}
}

// TestManyFetchedWrites: a function deleting many fetched records gets one
// write per record, in source order; inserting them used to rebuild an
// index map per write.
func TestManyFetchedWrites(t *testing.T) {
	const n = 1500
	var b strings.Builder
	b.WriteString("from .models import Note\n\n\ndef purge(db, ids):\n")
	for i := range n {
		fmt.Fprintf(&b, "    n%d = db.get(Note, ids[%d])\n    n%d.delete()\n", i, i, i)
	}
	effects := queryEffects(t, b.String())
	if len(effects) != 2*n {
		t.Fatalf("%d effects, want %d", len(effects), 2*n)
	}
	for i, e := range effects {
		want := endpoint.DBRead
		if i%2 == 1 {
			want = endpoint.DBWrite
		}
		if e.Kind != want || e.Model != "Note" || e.At.Line != 6+i {
			t.Fatalf("effect %d = %+v, want a %s of Note at line %d", i, e, want, 6+i)
		}
	}
}
