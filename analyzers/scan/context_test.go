package scan

import (
	"fmt"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/clerklint/clerklint/rules"
)

// localFunc is a checkerFunc that declares itself Local.
type localFunc struct{ checkerFunc }

func (localFunc) Local() {}

// TestFilesModeOffersLocalCheckersOnlyTheNamedFiles: when files are named,
// a Local checker sees only them, however large the tree walked for context,
// while a checker that is not Local still sees every file (it may gather
// what the named files' findings depend on). A directory scan offers both
// every file.
func TestFilesModeOffersLocalCheckersOnlyTheNamedFiles(t *testing.T) {
	root := t.TempDir()
	write(t, root, "package.json", "{}\n")
	write(t, root, "src/changed.ts", "x\n")
	for i := range 50 {
		write(t, root, fmt.Sprintf("unrelated/m%d.ts", i), "x\n")
	}
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	cfg := &rules.Config{}
	sel, err := rules.Select(set, cfg, []string{"CLK001", "CLK003"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var local, context []string
	counting := func(into *[]string) checkerFunc {
		return func(_ *Project, f *File, _ []byte, _ func(rules.Finding)) {
			mu.Lock()
			defer mu.Unlock()
			*into = append(*into, f.Path)
		}
	}
	engines := []Engine{
		{Name: "secrets", New: func([]*rules.Rule, Options) (Checker, error) { return localFunc{counting(&local)}, nil }},
		{Name: "env", New: func([]*rules.Rule, Options) (Checker, error) { return counting(&context), nil }},
	}

	for _, tc := range []struct {
		name               string
		only               map[string]bool
		wantLocal, wantCtx int
	}{
		{"files", map[string]bool{filepath.Join(root, "src", "changed.ts"): true}, 1, 52},
		{"directory", nil, 52, 52},
	} {
		local, context = nil, nil
		if _, err := Run(Request{Root: root, Only: tc.only, Selection: sel, Config: cfg, Engines: engines}); err != nil {
			t.Fatal(err)
		}
		if len(local) != tc.wantLocal || len(context) != tc.wantCtx {
			t.Errorf("%s: local checker saw %d files, context checker %d; want %d and %d", tc.name, len(local), len(context), tc.wantLocal, tc.wantCtx)
		}
		if tc.only != nil && !slices.Equal(local, []string{"src/changed.ts"}) {
			t.Errorf("%s: local checker saw %v, want only the named file", tc.name, local)
		}
	}
}
