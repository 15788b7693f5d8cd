package js

import (
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/scan"
)

// newTestModel writes files into a temporary project and returns its model.
func newTestModel(t testing.TB, files map[string]string) *Model {
	t.Helper()
	root := t.TempDir()
	p := &scan.Project{Root: root}
	var names []string
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		abs := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(abs, []byte(files[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		kind := scan.Config
		ext := strings.TrimPrefix(path.Ext(name), ".")
		switch ext {
		case "js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "svelte":
			kind = scan.Source
		}
		p.Files = append(p.Files, &scan.File{Path: name, Abs: abs, Kind: kind, Lang: ext, Size: int64(len(files[name])), Report: true})
	}
	cq, err := newCoreQueries()
	if err != nil {
		t.Fatal(err)
	}
	ps := NewParsers(2, Limits{})
	t.Cleanup(func() { ps.Close(); cq.close() })
	return newModel(p, ps, cq)
}
