package python

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"
)

// Children returns the named children of n.
func Children(n *sitter.Node) []*sitter.Node {
	if n == nil {
		return nil
	}
	out := make([]*sitter.Node, 0, n.NamedChildCount())
	for i := 0; i < int(n.NamedChildCount()); i++ {
		out = append(out, n.NamedChild(i))
	}
	return out
}

// Walk calls visit on n and every named node below it, depth first, in
// source order; visit returns false to skip a node's children.
func Walk(n *sitter.Node, visit func(*sitter.Node) bool) {
	if n == nil || !visit(n) {
		return
	}
	for i := 0; i < int(n.NamedChildCount()); i++ {
		Walk(n.NamedChild(i), visit)
	}
}

// WalkBody is Walk that does not enter nested function, lambda or class
// definitions: what a function itself runs.
func WalkBody(n *sitter.Node, visit func(*sitter.Node) bool) {
	first := true
	Walk(n, func(c *sitter.Node) bool {
		if !first {
			switch c.Type() {
			case "function_definition", "lambda", "class_definition", "decorated_definition":
				return false
			}
		}
		first = false
		return visit(c)
	})
}

// Unwrap strips await, parentheses and type-less wrappers around an expression.
func Unwrap(n *sitter.Node) *sitter.Node {
	for n != nil {
		switch n.Type() {
		case "await", "parenthesized_expression":
			if n.NamedChildCount() == 0 {
				return n
			}
			n = n.NamedChild(0)
		default:
			return n
		}
	}
	return n
}

// Args returns a call's positional arguments and its keyword arguments by name.
func (f *File) Args(call *sitter.Node) (pos []*sitter.Node, kw map[string]*sitter.Node) {
	kw = map[string]*sitter.Node{}
	if call == nil || call.Type() != "call" {
		return nil, kw
	}
	for _, a := range Children(call.ChildByFieldName("arguments")) {
		switch a.Type() {
		case "keyword_argument":
			if name, v := a.ChildByFieldName("name"), a.ChildByFieldName("value"); name != nil && v != nil {
				kw[f.Text(name)] = v
			}
		case "comment", "list_splat", "dictionary_splat":
		default:
			pos = append(pos, a)
		}
	}
	return pos, kw
}

// Arg returns a call's argument by keyword, else at position i (-1: keyword only).
func (f *File) Arg(call *sitter.Node, i int, name string) *sitter.Node {
	pos, kw := f.Args(call)
	if v, ok := kw[name]; ok {
		return v
	}
	if i >= 0 && i < len(pos) {
		return pos[i]
	}
	return nil
}

// Callee returns the dotted text of a call's function ("app.get",
// "clerk.users.delete"), and the last segment ("delete").
func (f *File) Callee(call *sitter.Node) (dotted, last string) {
	fn := call.ChildByFieldName("function")
	if fn == nil {
		return "", ""
	}
	dotted = f.Text(fn)
	if fn.Type() == "attribute" {
		if a := fn.ChildByFieldName("attribute"); a != nil {
			return dotted, f.Text(a)
		}
	}
	return dotted, dotted[strings.LastIndexByte(dotted, '.')+1:]
}

// StringValue returns the value of a plain string literal (no interpolation,
// no concatenation of non-literals) and whether it is one.
func (f *File) StringValue(n *sitter.Node) (string, bool) {
	n = Unwrap(n)
	if n == nil {
		return "", false
	}
	switch n.Type() {
	case "string":
		var b strings.Builder
		for _, c := range Children(n) {
			switch c.Type() {
			case "string_content", "escape_sequence":
				b.WriteString(f.Text(c))
			case "interpolation":
				return "", false
			}
		}
		return b.String(), true
	case "concatenated_string":
		var b strings.Builder
		for _, c := range Children(n) {
			s, ok := f.StringValue(c)
			if !ok {
				return "", false
			}
			b.WriteString(s)
		}
		return b.String(), true
	}
	return "", false
}
