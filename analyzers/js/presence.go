package js

import sitter "github.com/smacker/go-tree-sitter"

// PresenceTested are the names the code of t between lines from and to
// tests for presence in a condition (`if (userId)`, `if (auth?.userId &&
// ok)`, `userId ? a : b`): a session value used only under such a test is
// read optionally, not unchecked.
func PresenceTested(t *Tree, from, to int) map[string]bool {
	out := map[string]bool{}
	var visit func(e *sitter.Node)
	visit = func(e *sitter.Node) {
		e = Unwrap(e)
		if e == nil {
			return
		}
		switch e.Type() {
		case "identifier":
			out[t.Text(e)] = true
		case "member_expression":
			for e.Type() == "member_expression" {
				e = Unwrap(e.ChildByFieldName("object"))
			}
			if e.Type() == "identifier" {
				out[t.Text(e)] = true
			}
		case "binary_expression":
			if op := e.ChildByFieldName("operator"); op != nil && t.Text(op) == "&&" {
				visit(e.ChildByFieldName("left"))
				visit(e.ChildByFieldName("right"))
			}
		}
	}
	Walk(t.Root(), func(n *sitter.Node) bool {
		line := int(n.StartPoint().Row) + 1
		if int(n.EndPoint().Row)+1 < from || line > to {
			return false
		}
		if (n.Type() == "if_statement" || n.Type() == "ternary_expression") && line >= from {
			visit(n.ChildByFieldName("condition"))
		}
		return true
	})
	return out
}
