package js

import (
	"strings"

	"github.com/clerklint/clerklint/rules"
	sitter "github.com/smacker/go-tree-sitter"
)

// Syntax helpers shared by the rules that walk trees themselves.

// funcTypes are the node types of every function form in the JavaScript,
// TypeScript and TSX grammars.
var funcTypes = map[string]bool{"function_declaration": true, "function_expression": true, "function": true,
	"arrow_function": true, "method_definition": true, "generator_function_declaration": true,
	"generator_function": true}

// IsFunc reports a function node of any form (declaration, expression,
// arrow, method, generator).
func IsFunc(n *sitter.Node) bool { return n != nil && funcTypes[n.Type()] }

// Walk visits n and its named descendants in source order; fn returning
// false skips a node's children.
func Walk(n *sitter.Node, fn func(*sitter.Node) bool) {
	if n == nil || !fn(n) {
		return
	}
	if k := int(n.NamedChildCount()); k <= wideNode {
		for i := range k {
			Walk(n.NamedChild(i), fn)
		}
		return
	}
	for _, c := range NamedChildren(n) {
		Walk(c, fn)
	}
}

// wideNode is the width from which NamedChildren moves a tree cursor:
// NamedChild(i) counts from the first child on every call, so indexing every
// child is quadratic in a node's width (summarising a file of 20,000
// top-level statements took seconds), while the cursor, which also steps
// over every punctuation token, costs more on the narrow nodes of most code.
const wideNode = 64

// NamedChildren lists n's named children in order, in time linear in their
// number.
func NamedChildren(n *sitter.Node) []*sitter.Node {
	k := int(n.NamedChildCount())
	out := make([]*sitter.Node, 0, k)
	if k <= wideNode {
		for i := range k {
			out = append(out, n.NamedChild(i))
		}
		return out
	}
	c := sitter.NewTreeCursor(n)
	defer c.Close()
	for ok := c.GoToFirstChild(); ok; ok = c.GoToNextSibling() {
		if ch := c.CurrentNode(); ch.IsNamed() {
			out = append(out, ch)
		}
	}
	return out
}

// FuncAt is the function node starting at pos (a Func's position), or nil.
func (t *Tree) FuncAt(pos rules.Position) *sitter.Node {
	p := sitter.Point{Row: uint32(pos.Line - 1), Column: uint32(pos.Column - 1)}
	n := t.Root().NamedDescendantForPointRange(p, p)
	for up := 0; n != nil && up < 8; n, up = n.Parent(), up+1 {
		if IsFunc(n) && n.StartPoint() == p {
			return n
		}
	}
	return nil
}

// EnclosingFunc is the innermost function around n, or the program at top
// level.
func EnclosingFunc(n *sitter.Node) *sitter.Node {
	for p := n.Parent(); p != nil; p = p.Parent() {
		if funcTypes[p.Type()] || p.Parent() == nil {
			return p
		}
	}
	return n
}

// EnclosingFunc is the package-level EnclosingFunc answered from a table
// built in one walk of the tree. tree-sitter finds a node's parent by
// descending from the root, so climbing from a node at depth d costs O(d²):
// on a deeply nested expression (thousands of parentheses) a few climbs took
// seconds. Nodes of one tree are unique pointers (go-tree-sitter caches them),
// so the table is keyed by node. Anonymous nodes, which Walk does not visit,
// take the slow path.
func (t *Tree) EnclosingFunc(n *sitter.Node) *sitter.Node {
	if t.enclosing == nil {
		t.WalkFuncs(func(_, _ *sitter.Node) {})
	}
	if f, ok := t.enclosing[n]; ok {
		return f
	}
	return EnclosingFunc(n)
}

// Ancestors lists the nodes from root down to n's parent, found in one
// descent from root with a cursor; nil when n is root or not below it.
// Parent() descends from the tree's root on every call, so climbing from a
// node at depth d costs O(d²): a rule that climbs any number of blocks or
// parentheses (to the try around a call) asks for the path once.
func Ancestors(root, n *sitter.Node) []*sitter.Node {
	if root == nil || n == nil || root == n {
		return nil
	}
	start, end := n.StartByte(), n.EndByte()
	if start < root.StartByte() || end > root.EndByte() {
		return nil
	}
	c := sitter.NewTreeCursor(root)
	defer c.Close()
	path := []*sitter.Node{root}
	for c.GoToFirstChildForByte(start) >= 0 {
		cur := c.CurrentNode()
		// The cursor stops on a child ending at start (a token just
		// before n, such as an opening parenthesis).
		for cur != n && cur.EndByte() <= start {
			if !c.GoToNextSibling() {
				return nil
			}
			cur = c.CurrentNode()
		}
		if cur == n {
			return path
		}
		if cur.StartByte() > start || cur.EndByte() < end {
			return nil // n is not below root (or is an empty node the descent passed)
		}
		path = append(path, cur)
	}
	return nil
}

// WalkFuncs visits every named node of the tree in source order with its
// innermost enclosing function (the program at top level), and records on
// the way the table EnclosingFunc answers from: a rule that walks the
// whole tree and then asks for enclosing functions pays one walk, not two.
// The table is complete only when the walk returns, so fn itself must not
// ask EnclosingFunc about nodes below the one it is given. Without
// recursion: the depth of a hostile file is unbounded.
func (t *Tree) WalkFuncs(fn func(n, encl *sitter.Node)) {
	type item struct{ n, fn *sitter.Node }
	root := t.Root()
	record := t.enclosing == nil
	if record {
		t.enclosing = map[*sitter.Node]*sitter.Node{root: root}
	}
	stack := []item{{root, root}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fn(it.n, it.fn)
		inner := it.fn
		if it.n != root && funcTypes[it.n.Type()] {
			inner = it.n
		}
		kids := NamedChildren(it.n)
		for i := len(kids) - 1; i >= 0; i-- {
			if record {
				t.enclosing[kids[i]] = inner
			}
			stack = append(stack, item{kids[i], inner})
		}
	}
}

// Unwrap strips parentheses, await and TypeScript-only wrappers (as,
// satisfies, !, <T>x) from an expression.
func Unwrap(n *sitter.Node) *sitter.Node { return unwrap(n) }

// IsNullish reports whether an expression is null or undefined (nil is not).
func IsNullish(t *Tree, n *sitter.Node) bool { return n != nil && isNullish(t, n) }

// BoundName is a function's declared name, or the name it is bound to: a
// variable (`const GET = async () => …`), the last part of an assignment
// target (`Page.getInitialProps = …`) or an object key; "" when it has none.
func BoundName(t *Tree, fn *sitter.Node) string {
	if !IsFunc(fn) {
		return ""
	}
	if name := fn.ChildByFieldName("name"); name != nil {
		return t.Text(name)
	}
	p := fn.Parent()
	for p != nil && (p.Type() == "parenthesized_expression" || p.Type() == "as_expression" || p.Type() == "satisfies_expression") {
		p = p.Parent()
	}
	if p == nil {
		return ""
	}
	switch p.Type() {
	case "variable_declarator":
		if n := p.ChildByFieldName("name"); n != nil {
			return t.Text(n)
		}
	case "assignment_expression":
		if l := p.ChildByFieldName("left"); l != nil {
			s := t.Text(l)
			return s[strings.LastIndexByte(s, '.')+1:]
		}
	case "pair":
		if k := p.ChildByFieldName("key"); k != nil {
			return Unquote(t, k)
		}
	}
	return ""
}

// Args lists a call's argument nodes (comments left out).
func Args(call *sitter.Node) []*sitter.Node { return args(call) }

// Params lists a function node's parameter nodes (a lone arrow parameter
// included).
func Params(fn *sitter.Node) []*sitter.Node {
	var ps []*sitter.Node
	if p := fn.ChildByFieldName("parameters"); p != nil {
		for i := 0; i < int(p.NamedChildCount()); i++ {
			ps = append(ps, p.NamedChild(i))
		}
	} else if p := fn.ChildByFieldName("parameter"); p != nil {
		ps = append(ps, p)
	}
	return ps
}

// NonPathRouting reports whether a Clerk component's JSX element routes
// other than by path: routing="hash" or routing="virtual", a routing value
// the analysis cannot read, or a {...props} spread that may set it. The
// Next.js and React Router models' CLK401 ask it of every path-routed
// component.
func NonPathRouting(t *Tree, el *sitter.Node) bool {
	for i := 0; i < int(el.NamedChildCount()); i++ {
		a := el.NamedChild(i)
		if a.Type() == "jsx_expression" {
			return true // {...props}: routing may be set there
		}
		if a.Type() != "jsx_attribute" || a.NamedChildCount() == 0 || t.Text(a.NamedChild(0)) != "routing" {
			continue
		}
		if a.NamedChildCount() < 2 {
			return true
		}
		v := a.NamedChild(1)
		if v.Type() == "string" {
			return Unquote(t, v) != "path"
		}
		return true
	}
	return false
}

// IdentByte reports whether c can be part of a JS identifier (bytes of
// non-ASCII letters included), for byte-level scans that must not match
// inside a longer name.
func IdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
