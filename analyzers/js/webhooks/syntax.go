package webhooks

import (
	"fmt"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
)

// ownWalk visits n's named descendants that belong to n's function, not to
// functions nested in it.
func ownWalk(n *sitter.Node, fn func(*sitter.Node)) {
	for i := 0; i < int(n.NamedChildCount()); i++ {
		c := n.NamedChild(i)
		if js.IsFunc(c) || c.Type() == "class_declaration" || c.Type() == "class" {
			continue
		}
		fn(c)
		ownWalk(c, fn)
	}
}

func hasChild(n *sitter.Node, typ string) bool {
	for i := 0; i < int(n.ChildCount()); i++ {
		if n.Child(i).Type() == typ {
			return true
		}
	}
	return false
}

// memberName is the property of x.p or the string index of x['p'].
func memberName(t *js.Tree, n *sitter.Node) string {
	switch n.Type() {
	case "member_expression":
		if p := n.ChildByFieldName("property"); p != nil {
			return t.Text(p)
		}
	case "subscript_expression":
		if i := n.ChildByFieldName("index"); i != nil && i.Type() == "string" {
			return js.Unquote(t, i)
		}
	}
	return ""
}

// paramNames are the names a function's parameters bind, destructured ones
// included (SvelteKit's POST({ request })).
func paramNames(t *js.Tree, fn *sitter.Node) map[string]bool {
	out := map[string]bool{}
	var add func(p *sitter.Node)
	add = func(p *sitter.Node) {
		if p == nil {
			return
		}
		switch p.Type() {
		case "identifier", "shorthand_property_identifier_pattern":
			out[t.Text(p)] = true
		case "required_parameter", "optional_parameter":
			add(p.ChildByFieldName("pattern"))
		case "assignment_pattern", "object_assignment_pattern":
			add(p.ChildByFieldName("left"))
		case "object_pattern":
			for i := 0; i < int(p.NamedChildCount()); i++ {
				c := p.NamedChild(i)
				if c.Type() == "pair_pattern" {
					add(c.ChildByFieldName("value"))
				} else {
					add(c)
				}
			}
		}
	}
	if ps := fn.ChildByFieldName("parameters"); ps != nil {
		for i := 0; i < int(ps.NamedChildCount()); i++ {
			add(ps.NamedChild(i))
		}
	} else {
		add(fn.ChildByFieldName("parameter"))
	}
	return out
}

// readsBody: a call reading the request's body: req.json(), req.text(),
// buffer(req), getRawBody(req), JSON.parse(…).
func readsBody(t *js.Tree, n *sitter.Node, params map[string]bool) bool {
	if n == nil || n.Type() != "call_expression" {
		return false
	}
	c := js.CalleeOf(t, n)
	switch {
	case params[c.Root] && len(c.Path) == 1 && bodyMethods[c.Path[0]]:
		return true
	case c.Root == "JSON" && len(c.Path) == 1 && c.Path[0] == "parse":
		return true
	case len(c.Path) == 0 && rawReaders[c.Root]:
		args := n.ChildByFieldName("arguments")
		return args != nil && args.NamedChildCount() > 0 && params[t.Text(js.Unwrap(args.NamedChild(0)))]
	}
	return false
}

// payloadish: an expression whose .type/.data is the event's: a variable, a
// member chain, or a body read (not the result of an arbitrary call, such as
// a database client's { data, error }).
func payloadish(n *sitter.Node) bool {
	switch n.Type() {
	case "identifier", "member_expression", "subscript_expression":
		return true
	}
	return false
}

// patternKey is the first key of an object pattern among names.
func patternKey(t *js.Tree, pat *sitter.Node, names ...string) *sitter.Node {
	for i := 0; i < int(pat.NamedChildCount()); i++ {
		k := pat.NamedChild(i)
		switch k.Type() {
		case "pair_pattern":
			k = k.ChildByFieldName("key")
		case "object_assignment_pattern":
			k = k.ChildByFieldName("left")
		case "shorthand_property_identifier_pattern":
		default:
			continue
		}
		if k == nil {
			continue
		}
		for _, n := range names {
			if js.Unquote(t, k) == n {
				return k
			}
		}
	}
	return nil
}

// eventBranch: a string used to dispatch on an event type: a switch case, an
// (in)equality, a handler-map key, or an element of [...].includes(x).
func eventBranch(t *js.Tree, s *sitter.Node) bool {
	p := s.Parent()
	if p == nil {
		return false
	}
	switch p.Type() {
	case "switch_case":
		return p.ChildByFieldName("value") == s
	case "binary_expression":
		if op := p.ChildByFieldName("operator"); op != nil {
			switch t.Text(op) {
			case "==", "===", "!=", "!==":
				return true
			}
		}
	case "pair":
		return p.ChildByFieldName("key") == s
	case "array":
		if m := p.Parent(); m != nil && m.Type() == "member_expression" && memberName(t, m) == "includes" {
			return true
		}
	}
	return false
}

// branchBody is what runs when the event-type test at s holds: the statements
// of its switch case (or the case it falls through to), or the consequence of
// the if whose condition holds it; nil when that is not known (a handler map).
func branchBody(s *sitter.Node) *sitter.Node {
	p := s.Parent()
	if p != nil && p.Type() == "switch_case" {
		// case 'user.created': case 'user.updated': falls through to the
		// next case with statements.
		for c := p; c != nil && c.Type() == "switch_case"; c = c.NextNamedSibling() {
			if c.NamedChildCount() > 1 {
				return c
			}
		}
		return nil
	}
	for child := s; p != nil && !js.IsFunc(p); child, p = p, p.Parent() {
		if p.Type() == "if_statement" {
			if p.ChildByFieldName("condition") == child {
				return p.ChildByFieldName("consequence")
			}
			return nil
		}
	}
	return nil
}

// onlyLogs: body calls nothing but console methods, so it stores no user data
// (Clerk's docs sample logs evt.data.id on user.created).
func onlyLogs(t *js.Tree, body *sitter.Node) bool {
	if body == nil {
		return false
	}
	ok := true
	js.Walk(body, func(n *sitter.Node) bool {
		switch n.Type() {
		case "call_expression":
			if js.CalleeOf(t, n).Root != "console" {
				ok = false
			}
		case "new_expression", "assignment_expression", "augmented_assignment_expression", "update_expression":
			ok = false
		}
		return ok
	})
	return ok
}

// awaited: the value used under p (the parent of the node using it) is
// awaited, returned, or bound to a name the function awaits later.
func awaited(t *js.Tree, p, fn *sitter.Node) bool {
	if p == nil {
		return false
	}
	switch p.Type() {
	case "await_expression", "return_statement", "arrow_function", "yield_expression":
		return true
	case "member_expression":
		return memberName(t, p) == "then"
	case "variable_declarator":
		name := p.ChildByFieldName("name")
		if name == nil || name.Type() != "identifier" {
			return false
		}
		found := false
		js.Walk(fn, func(n *sitter.Node) bool {
			if n.Type() == "await_expression" && n.NamedChildCount() > 0 && t.Text(js.Unwrap(n.NamedChild(0))) == t.Text(name) {
				found = true
			}
			return !found
		})
		return found
	}
	return false
}

// enclosingTry is the innermost try (inside fn, whose nodes down to n's
// parent are path: js.Ancestors) whose block holds n, and its catch
// clause's body (nil when it has none).
func enclosingTry(n *sitter.Node, path []*sitter.Node) (try, catch *sitter.Node) {
	child := n
	for i := len(path) - 1; i > 0; i-- { // path[0] is fn itself
		p := path[i]
		if js.IsFunc(p) {
			return nil, nil
		}
		if p.Type() == "try_statement" && p.ChildByFieldName("body") == child {
			if h := p.ChildByFieldName("handler"); h != nil {
				return p, h.ChildByFieldName("body")
			}
			// try/finally: the error propagates
		}
		child = p
	}
	return nil, nil
}

// exits: a block returns or throws (anywhere in it, not in nested functions).
func exits(block *sitter.Node) bool {
	found := false
	ownWalk(block, func(n *sitter.Node) {
		found = found || n.Type() == "return_statement" || n.Type() == "throw_statement"
	})
	return found
}

// objectValue is the value of key in an object literal.
func objectValue(t *js.Tree, obj *sitter.Node, key string) *sitter.Node {
	if obj == nil || obj.Type() != "object" {
		return nil
	}
	for i := 0; i < int(obj.NamedChildCount()); i++ {
		p := obj.NamedChild(i)
		if p.Type() != "pair" {
			continue
		}
		if k := p.ChildByFieldName("key"); k != nil && js.Unquote(t, k) == key {
			return p.ChildByFieldName("value")
		}
	}
	return nil
}

// enclosingFunc is the innermost function around n (nil at top level),
// from the tree's table: climbing parents costs O(depth²) in tree-sitter.
func enclosingFunc(t *js.Tree, n *sitter.Node) *sitter.Node {
	if fn := t.EnclosingFunc(n); fn != t.Root() {
		return fn
	}
	return nil
}

// funcName names a function for messages: its declared or bound name, the
// route it is registered for (app.post('/api/webhooks', …)), or the export.
func funcName(t *js.Tree, fn *sitter.Node) string {
	if n := js.BoundName(t, fn); n != "" {
		return n
	}
	p := fn.Parent()
	for p != nil && (p.Type() == "parenthesized_expression" || p.Type() == "as_expression" || p.Type() == "satisfies_expression") {
		p = p.Parent()
	}
	if p == nil {
		return "(anonymous)"
	}
	switch p.Type() {
	case "export_statement":
		return "default export"
	case "arguments":
		call := p.Parent()
		if call == nil || call.Type() != "call_expression" {
			break
		}
		c := js.CalleeOf(t, call)
		if len(c.Path) > 0 && p.NamedChildCount() > 0 && p.NamedChild(0).Type() == "string" {
			return fmt.Sprintf("%s %s", strings.ToUpper(c.Path[len(c.Path)-1]), js.Unquote(t, p.NamedChild(0)))
		}
	}
	return "(anonymous)"
}

// short is a node's text on one line, cut to a readable length.
func short(t *js.Tree, n *sitter.Node) string {
	s := strings.Join(strings.Fields(t.Text(n)), " ")
	if len(s) > 40 {
		s = s[:37] + "..."
	}
	return s
}
