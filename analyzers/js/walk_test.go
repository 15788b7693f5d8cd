package js

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
)

// indexWalk is Walk by NamedChild(i), the reference the cursor walk must
// reproduce.
func indexWalk(n *sitter.Node, fn func(*sitter.Node) bool) {
	if n == nil || !fn(n) {
		return
	}
	for i := 0; i < int(n.NamedChildCount()); i++ {
		indexWalk(n.NamedChild(i), fn)
	}
}

// TestWalkMatchesNamedChildOrder: on the repository's JS, TS, TSX and
// Svelte fixtures, Walk visits the nodes NamedChild indexing does, in the
// same order, skipping the same subtrees, and NamedChildren lists what
// NamedChild(i) does.
func TestWalkMatchesNamedChildOrder(t *testing.T) {
	ps := NewParsers(1, Limits{})
	defer ps.Close()
	files := 0
	filepath.WalkDir("../../testdata", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || LangOf(p) == NoLang || files >= 150 {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		tr, err := ps.Parse(src, LangOf(p))
		if err != nil {
			return nil
		}
		defer tr.Close()
		files++
		// Skipping function bodies exercises fn returning false.
		visit := func(out *[]string) func(*sitter.Node) bool {
			return func(n *sitter.Node) bool {
				*out = append(*out, fmt.Sprintf("%s@%d-%d", n.Type(), n.StartByte(), n.EndByte()))
				return n.Type() != "arrow_function"
			}
		}
		var got, want []string
		Walk(tr.Root(), visit(&got))
		indexWalk(tr.Root(), visit(&want))
		if !slices.Equal(got, want) {
			t.Errorf("%s: Walk visits %d nodes, NamedChild indexing %d", p, len(got), len(want))
		}
		kids := NamedChildren(tr.Root())
		if len(kids) != int(tr.Root().NamedChildCount()) {
			t.Errorf("%s: NamedChildren lists %d, NamedChildCount %d", p, len(kids), tr.Root().NamedChildCount())
		}
		for i, k := range kids {
			if w := tr.Root().NamedChild(i); k.StartByte() != w.StartByte() || k.Type() != w.Type() {
				t.Errorf("%s: child %d is %s, want %s", p, i, k.Type(), w.Type())
			}
		}
		return nil
	})
	if files < 50 {
		t.Fatalf("only %d fixture files parsed", files)
	}
}
