package js

import (
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
)

func TestAncestors(t *testing.T) {
	ps := NewParsers(1, Limits{})
	defer ps.Close()
	src := "async function f() { try { { x = await ((g(y))) } } catch {} }"
	tr, err := ps.Parse([]byte(src), TypeScript)
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	var call *sitter.Node
	Walk(tr.Root(), func(n *sitter.Node) bool {
		if n.Type() == "call_expression" {
			call = n
		}
		return true
	})
	var want []string
	for p := call.Parent(); p != nil; p = p.Parent() {
		want = append([]string{p.Type()}, want...)
	}
	var got []string
	for _, p := range Ancestors(tr.Root(), call) {
		got = append(got, p.Type())
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Ancestors =\n %v\nwant\n %v", got, want)
	}
	fn := tr.Root().NamedChild(0)
	if p := Ancestors(fn, call); len(p) != len(want)-1 || p[0] != fn {
		t.Errorf("Ancestors from the function: %d nodes, want %d starting at it", len(p), len(want)-1)
	}
	if p := Ancestors(call, fn); p != nil {
		t.Errorf("Ancestors of a node outside root = %v, want nil", p)
	}
	if p := Ancestors(call, call); p != nil {
		t.Errorf("Ancestors of root itself = %v, want nil", p)
	}
}
