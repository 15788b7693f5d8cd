package js

import (
	"slices"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/endpoint"
)

// EnvReturns lists the server secrets a handler puts in its response: a
// process.env value whose name says it is a credential
// (endpoint.SecretEnvName), or a local bound to one, that reaches a
// response (Response.json, new Response, NextResponse.json, res.json/send)
// or, for a server action, its return value, whole or inside an object,
// array, template or concatenation. Its presence or a fact about it
// (!!v, Boolean(v), v === x, v.length, a method's result) is not the
// value. An unprotected endpoint that answers with one hands a server
// secret to anyone; the value is a CLK101 effect like a read of a private
// table.
func EnvReturns(t *Tree, file string, fn *sitter.Node, action bool, responders ...string) []endpoint.Effect {
	body := fn.ChildByFieldName("body")
	if body == nil || !strings.Contains(t.Text(body), "process") {
		return nil
	}
	var out []endpoint.Effect
	bound := map[string]string{} // local name → the env variable it holds
	add := func(n *sitter.Node, name string) {
		for _, f := range out {
			if f.Model == name {
				return
			}
		}
		target := "process.env." + name
		if envName(t, n) == "" {
			target = t.Text(n) + " = " + target // through a local
		}
		out = append(out, endpoint.Effect{Kind: endpoint.EnvValue, Target: target, Model: name,
			At: endpoint.Pos{File: file, Line: t.Pos(n).Line, Col: t.Pos(n).Column}})
	}
	// Bindings first (const key = process.env.X), in source order, so a
	// use below its declaration is seen whatever the walk order.
	Walk(body, func(n *sitter.Node) bool {
		if name := envName(t, n); name != "" && endpoint.SecretEnvName(name) {
			if local := boundLocal(t, n); local != "" {
				bound[local] = name
			}
		}
		return true
	})
	Walk(body, func(n *sitter.Node) bool {
		name := envName(t, n)
		if name == "" && (n.Type() == "identifier" || n.Type() == "shorthand_property_identifier") {
			name = bound[t.Text(n)]
			if p := n.Parent(); p != nil && p.Type() == "variable_declarator" && p.ChildByFieldName("name") == n {
				name = "" // the declaration itself
			}
		}
		if name != "" && endpoint.SecretEnvName(name) && reachesResponse(t, n, fn, action, responders) {
			add(n, name)
		}
		return true
	})
	return out
}

// maxClimb bounds the walk up from a value: tree-sitter finds a parent by
// descending from the root, so an unbounded climb through a hostile file's
// thousands of nested parentheses would be quadratic. A response built
// deeper than this is not followed.
const maxClimb = 32

// envName is NAME when n is process.env.NAME or process.env['NAME'].
func envName(t *Tree, n *sitter.Node) string {
	obj, name := EnvMember(t, n)
	if obj == nil || strings.Join(strings.Fields(t.Text(obj)), "") != "process.env" {
		return ""
	}
	return name
}

// EnvMember reads a member access of an env object, obj.NAME or
// obj['NAME'] (a literal key): the object node, whose text the caller
// tests (process.env, import.meta.env), and NAME; nil otherwise.
func EnvMember(t *Tree, n *sitter.Node) (obj *sitter.Node, name string) {
	var key *sitter.Node
	switch n.Type() {
	case "member_expression":
		obj, key = n.ChildByFieldName("object"), n.ChildByFieldName("property")
	case "subscript_expression":
		obj, key = n.ChildByFieldName("object"), n.ChildByFieldName("index")
		if key == nil || key.Type() != "string" {
			return nil, ""
		}
	default:
		return nil, ""
	}
	if obj == nil || key == nil {
		return nil, ""
	}
	return obj, Unquote(t, key)
}

// boundLocal is the local a value is the whole initial value of (`const
// key = process.env.X`, through `??`, `||`, `!` and `as`), or "".
func boundLocal(t *Tree, n *sitter.Node) string {
	for p, up := n.Parent(), 0; p != nil && up < maxClimb; n, p, up = p, p.Parent(), up+1 {
		switch p.Type() {
		case "parenthesized_expression", "non_null_expression", "as_expression", "satisfies_expression":
			continue
		case "binary_expression":
			if op := p.ChildByFieldName("operator"); op != nil && (t.Text(op) == "??" || t.Text(op) == "||") {
				continue
			}
		case "variable_declarator":
			if name := p.ChildByFieldName("name"); name != nil && name.Type() == "identifier" && p.ChildByFieldName("value") == n {
				return t.Text(name)
			}
		}
		return ""
	}
	return ""
}

// reachesResponse walks up from a value to where it goes, through the
// expressions that carry it whole (objects, arrays, templates, string
// concatenation, fallbacks, a ternary's branches, await), and reports
// whether that is a response the handler fn sends.
func reachesResponse(t *Tree, n, fn *sitter.Node, action bool, responders []string) bool {
	for p, up := n.Parent(), 0; p != nil && up < maxClimb; n, p, up = p, p.Parent(), up+1 {
		switch p.Type() {
		case "parenthesized_expression", "non_null_expression", "as_expression", "satisfies_expression",
			"pair", "object", "array", "template_substitution", "template_string", "spread_element", "await_expression":
			if p.Type() == "pair" && p.ChildByFieldName("value") != n {
				return false // a computed key
			}
		case "shorthand_property_identifier":
		case "binary_expression":
			switch op := p.ChildByFieldName("operator"); {
			case op == nil:
				return false
			case t.Text(op) == "+" || t.Text(op) == "??" || t.Text(op) == "||":
			default:
				return false // a comparison or a test: a fact about the value
			}
		case "ternary_expression":
			if p.ChildByFieldName("condition") == n {
				return false
			}
		case "arguments":
			return responseCall(t, p.Parent(), responders)
		case "return_statement":
			return action && t.EnclosingFunc(p) == fn
		case "arrow_function":
			// An expression body is the arrow's return value.
			return action && p == fn
		default:
			return false
		}
	}
	return false
}

// responseCall: Response.json(…), NextResponse.json(…), new Response(…),
// new NextResponse(…), Express's res.json/send(…) and res.status(…).json(…),
// Hono's c.json/text(…), and a call of one of responders (plain functions
// whose argument is the response body: SvelteKit's json and text).
func responseCall(t *Tree, call *sitter.Node, responders []string) bool {
	if call == nil {
		return false
	}
	if call.Type() == "new_expression" {
		ctor := call.ChildByFieldName("constructor")
		return ctor != nil && (t.Text(ctor) == "Response" || t.Text(ctor) == "NextResponse")
	}
	if call.Type() != "call_expression" {
		return false
	}
	c := CalleeOf(t, call)
	if len(c.Path) == 0 {
		return slices.Contains(responders, c.Root) // SvelteKit's json(…), text(…)
	}
	last := c.Path[len(c.Path)-1]
	switch c.Root {
	case "Response", "NextResponse":
		return len(c.Path) == 1 && last == "json"
	case "res", "response":
		return last == "json" || last == "send"
	case "c":
		return len(c.Path) == 1 && (last == "json" || last == "text")
	}
	return false
}
