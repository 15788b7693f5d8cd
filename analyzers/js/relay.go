package js

import (
	"slices"

	sitter "github.com/smacker/go-tree-sitter"
)

// Relay is a call of one of a function's parameters given what a call of
// another returned (`externalOps(await dbOps(session))`, or through a
// local assigned only such results): the shape of a helper running two
// callbacks in turn, the second handed the first's result.
type Relay struct {
	From, To, Arg int // parameter indexes, and the argument of To
}

// paramResults reads what a function hands back of its function
// parameters' results: ResultOf (1 + the index of the parameter every
// return hands back the result of a call of, 0 when none: a transaction
// runner's `result = await operations(session); return result`) and its
// Relays. A local counts when every assignment to it, in nested
// callbacks too, is a call of the same parameter.
func paramResults(t *Tree, body *sitter.Node, params []string) (resultOf int, relays []Relay) {
	param := func(n *sitter.Node) int {
		n = unwrap(n)
		if n == nil || n.Type() != "call_expression" {
			return -1
		}
		f := unwrap(n.ChildByFieldName("function"))
		if f == nil || f.Type() != "identifier" {
			return -1
		}
		name := t.Text(f)
		if name == "" {
			return -1
		}
		return slices.Index(params, name)
	}
	if !slices.ContainsFunc(params, func(p string) bool { return p != "" }) {
		return 0, nil
	}
	// locals: name → the parameter whose results alone it is assigned (-2
	// when anything else).
	locals := map[string]int{}
	assign := func(name string, v *sitter.Node) {
		i := -2
		if v != nil {
			i = param(v)
			if i < 0 {
				i = -2
			}
		}
		if j, ok := locals[name]; ok && j != i {
			i = -2
		}
		locals[name] = i
	}
	called := false
	Walk(body, func(n *sitter.Node) bool {
		switch n.Type() {
		case "call_expression":
			called = called || param(n) >= 0
		case "variable_declarator":
			if name := n.ChildByFieldName("name"); name != nil && name.Type() == "identifier" {
				if v := n.ChildByFieldName("value"); v != nil {
					assign(t.Text(name), v)
				}
			}
		case "assignment_expression":
			if l := n.ChildByFieldName("left"); l != nil && l.Type() == "identifier" {
				assign(t.Text(l), n.ChildByFieldName("right"))
			}
		}
		return true
	})
	if !called {
		return 0, nil
	}
	holds := func(n *sitter.Node) int { // the parameter whose result n is
		if i := param(n); i >= 0 {
			return i
		}
		if u := unwrap(n); u != nil && u.Type() == "identifier" {
			if i, ok := locals[t.Text(u)]; ok && i >= 0 {
				return i
			}
		}
		return -1
	}
	Walk(body, func(n *sitter.Node) bool {
		if n.Type() != "call_expression" {
			return true
		}
		to := param(n)
		if to < 0 {
			return true
		}
		if args := n.ChildByFieldName("arguments"); args != nil {
			for k, a := range Uncommented(args) {
				if from := holds(a); from >= 0 && from != to {
					relays = append(relays, Relay{From: from, To: to, Arg: k})
				}
			}
		}
		return true
	})
	if body.Type() != "statement_block" {
		return holds(body) + 1, relays
	}
	result, returns := -1, 0
	var walk func(n *sitter.Node)
	walk = func(n *sitter.Node) {
		switch {
		case result == -2:
			return
		case n.Type() == "return_statement":
			returns++
			i := -2
			if n.NamedChildCount() > 0 {
				if j := holds(n.NamedChild(0)); j >= 0 {
					i = j
				}
			}
			if result != -1 && result != i {
				i = -2
			}
			result = i
			return
		case n != body && (isFunction(n) || n.Type() == "function_declaration" || n.Type() == "class_body"):
			return
		}
		for _, c := range NamedChildren(n) {
			walk(c)
		}
	}
	walk(body)
	if returns == 0 || result < 0 {
		return 0, relays
	}
	return result + 1, relays
}
