package js

import (
	"slices"

	sitter "github.com/smacker/go-tree-sitter"
)

// givenValues maps each call below body that runs only while some values
// are truthy to those values: the call sits in the consequence of
// `if (v)`, after `v &&`, in `v ? call : …`, or in the else branch of
// `if (!v)` (`if (v == null) … else`, `!v || call`). Model.Effects asks
// whether one of them is the signed-in session (a userId from auth()),
// which a signed-out request never has. A name the body assigns again
// (`userId = guestId`), or binds from a fallback (`a || b`, `a ?? b`,
// `c ? a : b`: valueOf keeps only a side) or from such a name, may hold
// something else and guards nothing.
func givenValues(t *Tree, body *sitter.Node) map[*sitter.Node][]Value {
	var out map[*sitter.Node][]Value
	var loose map[string]bool
	var walk func(n *sitter.Node, given []Value)
	add := func(given []Value, cond *sitter.Node, positive bool) []Value {
		vs := truthy(t, cond, positive)
		if len(vs) == 0 {
			return given
		}
		if loose == nil {
			loose = looseNames(t, body)
		}
		next := given[:len(given):len(given)]
		for _, v := range vs {
			if !loose[v.Root] && len(next) < maxGiven && !slices.ContainsFunc(next, func(g Value) bool { return sameValue(g, v) }) {
				next = append(next, v)
			}
		}
		return next
	}
	walk = func(n *sitter.Node, given []Value) {
		switch n.Type() {
		case "if_statement", "ternary_expression":
			cond := n.ChildByFieldName("condition")
			if cond != nil {
				walk(cond, given)
			}
			if c := n.ChildByFieldName("consequence"); c != nil {
				walk(c, add(given, cond, true))
			}
			if a := n.ChildByFieldName("alternative"); a != nil {
				walk(a, add(given, cond, false))
			}
			return
		case "binary_expression":
			op, l, r := n.ChildByFieldName("operator"), n.ChildByFieldName("left"), n.ChildByFieldName("right")
			if op != nil && l != nil && r != nil && (t.Text(op) == "&&" || t.Text(op) == "||") {
				walk(l, given)
				walk(r, add(given, l, t.Text(op) == "&&"))
				return
			}
		case "call_expression":
			if len(given) > 0 {
				if out == nil {
					out = map[*sitter.Node][]Value{}
				}
				out[n] = given
			}
		}
		for i := 0; i < int(n.NamedChildCount()); i++ {
			walk(n.NamedChild(i), given)
		}
	}
	walk(body, nil)
	return out
}

// maxGiven bounds the values known truthy at one call: each nested if
// copies its list, so a hostile nest would cost the square of its depth.
// Real code tests a handful.
const maxGiven = 32

// sameValue: a and b are the same value read the same way.
func sameValue(a, b Value) bool {
	return a.Root == b.Root && a.Key == b.Key && a.Lit == b.Lit && a.Fallback == b.Fallback && slices.Equal(a.Path, b.Path)
}

// truthy lists the values that are truthy (neither null, undefined, false,
// 0 nor "") whenever cond evaluates as positive says: v and v.a.b when
// true, both sides of a && b when true, both of a || b when false, the
// operand of !v the other way round, v of v != null (v !== undefined)
// when true and of v == null when false.
func truthy(t *Tree, cond *sitter.Node, positive bool) []Value {
	cond = unwrap(cond)
	if cond == nil {
		return nil
	}
	switch cond.Type() {
	case "identifier", "member_expression":
		if !positive {
			return nil
		}
		if v := valueOf(t, cond); v.Root != "" && v.Lit == "" {
			return []Value{v}
		}
	case "unary_expression":
		if op := cond.ChildByFieldName("operator"); op != nil && t.Text(op) == "!" {
			return truthy(t, cond.ChildByFieldName("argument"), !positive)
		}
	case "binary_expression":
		op, l, r := cond.ChildByFieldName("operator"), cond.ChildByFieldName("left"), cond.ChildByFieldName("right")
		if op == nil || l == nil || r == nil {
			return nil
		}
		switch t.Text(op) {
		case "&&":
			if positive {
				return append(truthy(t, l, true), truthy(t, r, true)...)
			}
		case "||":
			if !positive {
				return append(truthy(t, l, false), truthy(t, r, false)...)
			}
		case "!=", "!==", "==", "===":
			ne := t.Text(op)[0] == '!'
			if ne != positive {
				return nil
			}
			for _, side := range [][2]*sitter.Node{{l, r}, {r, l}} {
				if nullish(t, side[1]) {
					if v := valueOf(t, unwrap(side[0])); v.Root != "" && v.Lit == "" {
						return []Value{v}
					}
				}
			}
		}
	}
	return nil
}

// nullish: the literal null or undefined.
func nullish(t *Tree, n *sitter.Node) bool {
	n = unwrap(n)
	return n != nil && (n.Type() == "null" || (n.Type() == "undefined" || (n.Type() == "identifier" && t.Text(n) == "undefined")))
}

// looseNames are the names of the body that may not hold what their
// declaration says: assigned again (x = …, x ||= …, x++), bound from a
// fallback or a conditional (but a stand-in's: stubChoice), or from
// another loose name.
func looseNames(t *Tree, body *sitter.Node) map[string]bool {
	loose := map[string]bool{}
	from := map[string]string{} // name → the name its declaration reads
	Walk(body, func(n *sitter.Node) bool {
		switch n.Type() {
		case "assignment_expression", "augmented_assignment_expression":
			if l := unwrap(n.ChildByFieldName("left")); l != nil && l.Type() == "identifier" {
				loose[t.Text(l)] = true
			}
		case "update_expression":
			if a := unwrap(n.ChildByFieldName("argument")); a != nil && a.Type() == "identifier" {
				loose[t.Text(a)] = true
			}
		case "variable_declarator":
			name, v := n.ChildByFieldName("name"), unwrap(n.ChildByFieldName("value"))
			if name == nil || v == nil {
				return true
			}
			fallback := v.Type() == "ternary_expression"
			if op := v.ChildByFieldName("operator"); v.Type() == "binary_expression" && op != nil && (t.Text(op) == "||" || t.Text(op) == "??") {
				fallback = true
			}
			if fallback && stubChoice(t, v) != nil {
				fallback = false // the call's value wherever the stand-in is not chosen
			}
			root := valueOf(t, v).Root
			Walk(name, func(p *sitter.Node) bool {
				if p.Type() == "identifier" || p.Type() == "shorthand_property_identifier_pattern" {
					if fallback {
						loose[t.Text(p)] = true
					} else if root != "" {
						from[t.Text(p)] = root
					}
				}
				return true
			})
		}
		return true
	})
	for changed := true; changed; {
		changed = false
		for name, root := range from {
			if loose[root] && !loose[name] {
				loose[name], changed = true, true
			}
		}
	}
	return loose
}

// stubChoice is the branch of a conditional or a fallback that holds a
// call's result when the other branch only stands in for it: `local ? {
// userId: 'tester' } : getAuth(req)`, under a condition the request does
// not decide (no call, no parameter of the enclosing function: an
// environment flag), or `getAuth(req) || { userId: null }`, whose
// fallback holds nothing. Wherever the stand-in is not chosen (in
// production, for a development flag) the value is the call's, so the
// session it reads is read there and a test of it guards; nil for any
// other expression. Whether the flag can be set in production is the
// configuration's, not the code's, to say.
func stubChoice(t *Tree, v *sitter.Node) *sitter.Node {
	v = unwrap(v)
	if v == nil {
		return nil
	}
	switch v.Type() {
	case "ternary_expression":
		cond, a, b := v.ChildByFieldName("condition"), unwrap(v.ChildByFieldName("consequence")), unwrap(v.ChildByFieldName("alternative"))
		if cond == nil || a == nil || b == nil || hasCall(cond) || readsParam(t, v, cond) {
			return nil
		}
		switch {
		case standIn(a) && called(b):
			return b
		case standIn(b) && called(a):
			return a
		}
	case "binary_expression":
		op, l, r := v.ChildByFieldName("operator"), unwrap(v.ChildByFieldName("left")), unwrap(v.ChildByFieldName("right"))
		if op != nil && (t.Text(op) == "||" || t.Text(op) == "??") && l != nil && called(l) && nothing(t, r) {
			return l
		}
	}
	return nil
}

// standIn: an expression with no call, nor a function (a literal, an
// object literal of literals, a name).
func standIn(n *sitter.Node) bool { return !isFunction(n) && !hasCall(n) }

// called: an expression making a call, not a function.
func called(n *sitter.Node) bool { return !isFunction(n) && hasCall(n) }

// nothing: null, undefined, or an object literal whose members are all
// null or undefined ({} too).
func nothing(t *Tree, n *sitter.Node) bool {
	switch {
	case n == nil:
		return false
	case nullish(t, n):
		return true
	case n.Type() != "object":
		return false
	}
	for i := 0; i < int(n.NamedChildCount()); i++ {
		p := n.NamedChild(i)
		if p.Type() == "comment" {
			continue
		}
		if p.Type() != "pair" || !nullish(t, p.ChildByFieldName("value")) {
			return false
		}
	}
	return true
}

// readsParam: cond names a parameter of the function enclosing n (the
// request, or what the caller passed).
func readsParam(t *Tree, n, cond *sitter.Node) bool {
	fn := n.Parent()
	for fn != nil && !isFunction(fn) && fn.Type() != "function_declaration" && fn.Type() != "method_definition" && fn.Type() != "generator_function_declaration" {
		fn = fn.Parent()
	}
	if fn == nil {
		return false
	}
	params := map[string]bool{}
	for _, p := range Params(fn) {
		Walk(p, func(c *sitter.Node) bool {
			if c.Type() == "identifier" || c.Type() == "shorthand_property_identifier_pattern" {
				params[t.Text(c)] = true
			}
			return true
		})
	}
	found := false
	Walk(cond, func(c *sitter.Node) bool {
		found = found || (c.Type() == "identifier" && params[t.Text(c)])
		return !found
	})
	return found
}
