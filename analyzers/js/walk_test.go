package js

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
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
	// Wider than wideNode: a program of 300 statements and comments, an
	// array of 200 elements, so the cursor path is taken.
	var wide strings.Builder
	wide.WriteString("'use client'\nconst xs = [")
	for i := range 200 {
		fmt.Fprintf(&wide, "%d, ", i)
	}
	wide.WriteString("]\n")
	for i := range 150 {
		fmt.Fprintf(&wide, "// note %d\nexport const v%d = (a) => a + %d\n", i, i, i)
	}
	check := func(p string, src []byte) {
		tr, err := ps.Parse(src, LangOf(p))
		if err != nil {
			return
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
	}
	check("wide.ts", []byte(wide.String()))
	filepath.WalkDir("../../testdata", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || LangOf(p) == NoLang || files >= 150 {
			return nil
		}
		if src, err := os.ReadFile(p); err == nil {
			check(p, src)
		}
		return nil
	})
	if files < 50 {
		t.Fatalf("only %d fixture files parsed", files)
	}
}
