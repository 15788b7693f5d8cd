package python

import (
	"bytes"
	"strings"

	"github.com/clerklint/clerklint/analyzers/js"
	sitter "github.com/smacker/go-tree-sitter"
)

// Children returns the named children of n, in time linear in their number.
func Children(n *sitter.Node) []*sitter.Node {
	if n == nil {
		return nil
	}
	return js.NamedChildren(n)
}

// Walk calls visit on n and every named node below it, depth first, in
// source order; visit returns false to skip a node's children.
func Walk(n *sitter.Node, visit func(*sitter.Node) bool) {
	if n == nil || !visit(n) {
		return
	}
	for _, c := range js.NamedChildren(n) {
		Walk(c, visit)
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

// CallsNamed returns the calls whose callee's last name is name (`name(...)`,
// `x.name(...)`), found from the name's occurrences in the source: for a few
// calls in a module that is far cheaper than walking its tree.
func (f *File) CallsNamed(name string) []*sitter.Node {
	var out []*sitter.Node
	row, lineStart, scanned := 0, 0, 0
	for off := 0; ; {
		i := bytes.Index(f.Src[off:], []byte(name))
		if i < 0 {
			return out
		}
		start, end := off+i, off+i+len(name)
		off = end
		if start > 0 && js.IdentByte(f.Src[start-1]) || end < len(f.Src) && js.IdentByte(f.Src[end]) {
			continue
		}
		for ; scanned < start; scanned++ {
			if f.Src[scanned] == '\n' {
				row, lineStart = row+1, scanned+1
			}
		}
		n := f.Root().NamedDescendantForPointRange(sitter.Point{Row: uint32(row), Column: uint32(start - lineStart)}, sitter.Point{Row: uint32(row), Column: uint32(end - lineStart)})
		if n == nil || n.Type() != "identifier" || int(n.StartByte()) != start || int(n.EndByte()) != end {
			continue // in a comment, a string, a longer name
		}
		p := n.Parent()
		if p != nil && p.Type() == "attribute" && p.ChildByFieldName("attribute") == n {
			n, p = p, p.Parent()
		}
		if p != nil && p.Type() == "call" && p.ChildByFieldName("function") == n {
			out = append(out, p)
		}
	}
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
