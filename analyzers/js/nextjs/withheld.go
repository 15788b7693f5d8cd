package nextjs

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/js"
)

// withheldReads reports why an unprotected server action's reads hand the
// caller nothing private ("" when they may): every effect a signed-out
// call causes is a database read, and fn (the action's function) either
// returns nothing, or returns only booleans that say whether rows selected
// by public names exist (a username's or a slug's availability, which the
// app's own sign-up form shows anyone). What it throws carries no local
// value but its parameters and a caught error, so no row leaves through
// an error message either. A boolean may look at a row's id fields and
// public fields (an owner's id compared with the caller's: ids are random,
// a guess tells nothing), not at another field (a role, an email); and
// the rows must be selected only by public fields other than an id (an
// email or a private id would make it an enumeration oracle).
func withheldReads(t *js.Tree, fn *sitter.Node, e *endpoint.Endpoint, publicFields []string) string {
	if t == nil || fn == nil || !e.EffectsKnown {
		return ""
	}
	out := endpoint.SignedOut(e)
	if len(out.Effects) == 0 {
		return ""
	}
	byPublic := true
	for _, f := range out.Effects {
		if f.Kind != endpoint.DBRead || f.AnyTable {
			return "" // a write, a call out, a secret: more than a read
		}
		if len(f.Filter) == 0 {
			byPublic = false // the whole table, or a filter the summary could not read
		}
		for _, w := range f.Filter {
			if idField(w) || !endpoint.PublicField(w, publicFields) {
				byPublic = false
			}
		}
	}
	rets, ok := returnValues(fn)
	if !ok || !throwsNothingRead(t, fn) || handsOnLocals(t, fn, out.Effects) {
		return ""
	}
	void := true
	for _, r := range rets {
		if r != nil && !(r.Type() == "undefined" || r.Type() == "identifier" && t.Text(r) == "undefined") {
			void = false
		}
	}
	if void {
		return "it only reads, and returns none of what it read"
	}
	if !byPublic {
		return ""
	}
	for _, r := range rets {
		if r == nil || !existence(t, r, publicFields) {
			return ""
		}
	}
	return "it only reads rows selected by public fields (" + strings.Join(out.Effects[0].Filter, ", ") + ") and returns only whether they exist"
}

// returnValues lists what fn's own return statements return (nil for a
// bare return); an expression body is its one value. ok is false for a
// generator, whose yields hand values out too.
func returnValues(fn *sitter.Node) (vals []*sitter.Node, ok bool) {
	if strings.Contains(fn.Type(), "generator") {
		return nil, false
	}
	body := fn.ChildByFieldName("body")
	if body == nil {
		return nil, false
	}
	if body.Type() != "statement_block" {
		return []*sitter.Node{body}, true
	}
	js.Walk(body, func(n *sitter.Node) bool {
		if js.IsFunc(n) || n.Type() == "class_body" {
			return false // a nested function's returns are its own
		}
		if n.Type() == "return_statement" {
			var v *sitter.Node
			if parts := js.Uncommented(n); len(parts) > 0 {
				v = parts[0]
			}
			vals = append(vals, v)
			return false
		}
		return true
	})
	return vals, true
}

// throwsNothingRead: every throw in fn (nested callbacks too) builds its
// error from literals, the constructor, fn's parameters and caught errors
// only: no value the body computed, which may hold a row.
func throwsNothingRead(t *js.Tree, fn *sitter.Node) bool {
	allowed := map[string]bool{}
	name := func(n *sitter.Node) {
		js.Walk(n, func(x *sitter.Node) bool {
			switch x.Type() {
			case "identifier", "shorthand_property_identifier_pattern":
				allowed[t.Text(x)] = true
			case "object_assignment_pattern", "assignment_pattern":
				if l := x.ChildByFieldName("left"); l != nil {
					allowed[t.Text(l)] = true
				}
				return false // a default value is no name the pattern binds
			}
			return true
		})
	}
	for _, p := range js.Params(fn) {
		name(p)
	}
	if fn.Type() == "arrow_function" {
		if p := fn.ChildByFieldName("parameter"); p != nil {
			name(p)
		}
	}
	clean := true
	js.Walk(fn, func(n *sitter.Node) bool {
		if !clean {
			return false
		}
		switch n.Type() {
		case "catch_clause":
			if p := n.ChildByFieldName("parameter"); p != nil {
				name(p)
			}
		case "throw_statement":
			js.Walk(n, func(x *sitter.Node) bool {
				switch x.Type() {
				case "new_expression", "call_expression":
					// new Error(…), Error(…): the constructor; its arguments are checked
					c := x.ChildByFieldName("constructor")
					if c == nil {
						c = x.ChildByFieldName("function")
					}
					if c != nil && c.Type() == "identifier" {
						allowed[t.Text(c)] = true
					}
				case "identifier", "shorthand_property_identifier":
					if !allowed[t.Text(x)] {
						clean = false
					}
				}
				return clean
			})
			return false
		}
		return true
	})
	return clean
}

// handsOnLocals: a call in fn other than one of the reads themselves is
// given a value the body computed (redirect(`/u/${row.slug}`), which
// throws the row's field to the browser; cookies().set(…, row.token)):
// it may take a row where the caller sees it.
func handsOnLocals(t *js.Tree, fn *sitter.Node, reads []endpoint.Effect) bool {
	body := fn.ChildByFieldName("body")
	if body == nil {
		return false
	}
	locals := map[string]bool{}
	js.Walk(body, func(n *sitter.Node) bool {
		if n.Type() == "variable_declarator" {
			if name := n.ChildByFieldName("name"); name != nil {
				js.Walk(name, func(x *sitter.Node) bool {
					switch x.Type() {
					case "identifier", "shorthand_property_identifier_pattern":
						locals[t.Text(x)] = true
					}
					return true
				})
			}
		}
		return true
	})
	if len(locals) == 0 {
		return false
	}
	readAt := map[[2]int]bool{}
	for _, f := range reads {
		readAt[[2]int{f.At.Line, f.At.Col}] = true
	}
	handed := false
	js.Walk(body, func(n *sitter.Node) bool {
		if handed {
			return false
		}
		if n.Type() != "call_expression" {
			return true
		}
		if p := t.Pos(n); readAt[[2]int{p.Line, p.Column}] {
			return true // a read given an earlier read's key stays a read
		}
		if args := n.ChildByFieldName("arguments"); args != nil {
			js.Walk(args, func(x *sitter.Node) bool {
				switch x.Type() {
				case "identifier", "shorthand_property_identifier":
					if locals[t.Text(x)] {
						handed = true
					}
				}
				return !handed
			})
		}
		return !handed
	})
	return handed
}

// existence: n is a boolean built only from truth tests and comparisons
// whose member reads are allowedField ones (!!row, row !== null,
// rows.length > 0, row ? row.ownerId !== ownerId : false, Boolean(row)).
func existence(t *js.Tree, n *sitter.Node, publicFields []string) bool {
	switch n.Type() {
	case "true", "false":
		return true
	case "parenthesized_expression":
		parts := js.Uncommented(n)
		return len(parts) == 1 && existence(t, parts[0], publicFields)
	case "unary_expression":
		op := n.ChildByFieldName("operator")
		arg := n.ChildByFieldName("argument")
		return op != nil && t.Text(op) == "!" && arg != nil && fieldsAllowed(t, arg, publicFields)
	case "binary_expression":
		op := n.ChildByFieldName("operator")
		l, r := n.ChildByFieldName("left"), n.ChildByFieldName("right")
		if op == nil || l == nil || r == nil {
			return false
		}
		switch t.Text(op) {
		case "===", "!==", "==", "!=", "<", ">", "<=", ">=":
			return fieldsAllowed(t, l, publicFields) && fieldsAllowed(t, r, publicFields)
		case "&&", "||":
			return existence(t, l, publicFields) && existence(t, r, publicFields)
		}
		return false
	case "ternary_expression":
		c, a, b := n.ChildByFieldName("condition"), n.ChildByFieldName("consequence"), n.ChildByFieldName("alternative")
		return c != nil && a != nil && b != nil && fieldsAllowed(t, c, publicFields) && existence(t, a, publicFields) && existence(t, b, publicFields)
	case "call_expression":
		c := js.CalleeOf(t, n)
		args := n.ChildByFieldName("arguments")
		return c.Root == "Boolean" && len(c.Path) == 0 && args != nil && fieldsAllowed(t, args, publicFields)
	}
	return false
}

// fieldsAllowed: every member read in n names an allowedField, and n
// calls nothing (a call may hand back anything).
func fieldsAllowed(t *js.Tree, n *sitter.Node, publicFields []string) bool {
	ok := true
	js.Walk(n, func(x *sitter.Node) bool {
		switch x.Type() {
		case "call_expression", "new_expression", "await_expression", "subscript_expression":
			ok = false
		case "member_expression":
			if p := x.ChildByFieldName("property"); p == nil || !allowedField(t.Text(p), publicFields) {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// allowedField: a field a boolean may test without telling more than
// whether the row exists: a count (length), an id, or a public field.
func allowedField(name string, publicFields []string) bool {
	return name == "length" || idField(name) || endpoint.PublicField(name, publicFields)
}

// idField: a field naming a record by a random id (id, ownerId, user_id,
// clerkId, clerk: Clerk user ids).
func idField(name string) bool {
	n := strings.ToLower(strings.ReplaceAll(name, "_", ""))
	return n == "id" || strings.HasSuffix(name, "Id") || strings.HasSuffix(name, "_id") || strings.HasPrefix(n, "clerk") || n == "uuid"
}
