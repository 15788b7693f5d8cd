package python_test

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/python"
)

// TestCallsNamed finds calls from the name's occurrences: plain and
// attribute callees, nested and multi-line calls; not the name in a
// comment, a string, a longer name, a reference or an attribute that is
// not called.
func TestCallsNamed(t *testing.T) {
	src := "# Opts() in a comment\n" +
		"s = 'Opts()'\n" +
		"a = Opts()\n" +
		"b = sdk.models.Opts(x=1)\n" +
		"c = MyOpts() + OptsX()\n" +
		"d = Opts\n" +
		"e = sdk.Opts\n" +
		"def f():\n    return wrap(Opts(\n        y=2))\n" +
		"g = [Opts() for _ in range(2)]\r\nh = Opts()\n"
	m := python.Load(project(t, map[string]string{"app/m.py": "import clerk\n" + src}))
	defer m.Close()
	f := m.Files["app/m.py"]
	var got []int
	for _, c := range f.CallsNamed("Opts") {
		if c.Type() != "call" {
			t.Errorf("%s is a %s", f.Text(c), c.Type())
		}
		got = append(got, f.Line(c))
	}
	want := []int{4, 5, 10, 12, 13}
	if len(got) != len(want) {
		t.Fatalf("calls at lines %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("calls at lines %v, want %v", got, want)
		}
	}
}
