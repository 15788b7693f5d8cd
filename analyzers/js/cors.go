package js

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/internal/lazyregexp"
	"github.com/clerklint/clerklint/rules"
)

// allowOrigin is the CORS response header, for a byte prefilter.
var allowOrigin = lazyregexp.New(`(?i)access-control-allow-origin`)

// AnyOrigin returns where a module's responses answer every origin with
// Access-Control-Allow-Origin: *: a pair of a response's headers object
// (NextResponse.json(body, { headers: { … } }), new Headers({ … }),
// Express's res.set({ … })), of a const object such an object takes or
// spreads (headers: corsHeaders, headers: { ...corsHeaders }), or a
// header set by a call (res.headers.set, res.setHeader, res.header).
// Browsers refuse a credentialed response to "*", so such a route is
// built for callers whose cookies it never sees: another site's visitors.
// An allowlisted origin, one echoed from the request, and a header in a
// fetch's request options are none of these.
func AnyOrigin(t *Tree) (rules.Position, bool) {
	if t == nil || !allowOrigin.Match(t.Src) {
		return rules.Position{}, false
	}
	var at *sitter.Node
	Walk(t.Root(), func(n *sitter.Node) bool {
		if at != nil {
			return false
		}
		switch n.Type() {
		case "pair":
			k, v := n.ChildByFieldName("key"), n.ChildByFieldName("value")
			if k != nil && strings.EqualFold(Unquote(t, k), "access-control-allow-origin") && anyOriginValue(t, v) && responseHeaders(t, n.Parent()) {
				at = n
			}
		case "call_expression":
			f, as := n.ChildByFieldName("function"), args(n)
			if f != nil && f.Type() == "member_expression" && len(as) >= 2 && headerSetter[textOf(t, f.ChildByFieldName("property"))] &&
				strings.EqualFold(Unquote(t, unwrap(as[0])), "access-control-allow-origin") && anyOriginValue(t, as[1]) {
				at = n
			}
		}
		return at == nil
	})
	if at == nil {
		return rules.Position{}, false
	}
	return t.Pos(at), true
}

// headerSetter are the methods that set one response header: the Fetch
// API's headers.set/append, Node's setHeader, Express's header and set.
var headerSetter = set("set", "append", "setHeader", "header")

// anyOriginValue: the literal "*".
func anyOriginValue(t *Tree, v *sitter.Node) bool {
	v = unwrap(v)
	if v == nil || (v.Type() != "string" && v.Type() != "template_string") {
		return false
	}
	return strings.Trim(t.Text(v), "'\"`") == "*"
}

// responseHeaders: an object literal that is a response's headers: the
// value of a headers key (not in the options of an HTTP client's request),
// the argument of new Headers() or of Express's res.set(), or a const
// bound to such an object that the module uses as one.
func responseHeaders(t *Tree, obj *sitter.Node) bool {
	if obj == nil || obj.Type() != "object" {
		return false
	}
	p := outerExpr(obj)
	switch p.Type() {
	case "pair":
		return headersKey(t, p) && !requestOptions(t, p.Parent())
	case "arguments":
		call := p.Parent()
		switch call.Type() {
		case "new_expression":
			return lastName(textOf(t, call.ChildByFieldName("constructor"))) == "Headers"
		case "call_expression":
			f := call.ChildByFieldName("function")
			return f != nil && f.Type() == "member_expression" && headerSetter[textOf(t, f.ChildByFieldName("property"))]
		}
	case "variable_declarator":
		if name := p.ChildByFieldName("name"); name != nil && name.Type() == "identifier" {
			return usedAsHeaders(t, t.Text(name))
		}
	}
	return false
}

// usedAsHeaders: the module gives the name as a response's headers, or
// spreads it into them: headers: name, { headers } for a name "headers",
// headers: { ...name }, new Headers(name).
func usedAsHeaders(t *Tree, name string) bool {
	found := false
	Walk(t.Root(), func(n *sitter.Node) bool {
		if found {
			return false
		}
		switch n.Type() {
		case "shorthand_property_identifier":
			found = name == "headers" && t.Text(n) == name && !requestOptions(t, n.Parent())
		case "identifier":
			if t.Text(n) != name {
				return true
			}
			p := outerExpr(n)
			if p.Type() == "spread_element" {
				p = outerExpr(p.Parent())
			}
			switch p.Type() {
			case "pair":
				found = headersKey(t, p) && !requestOptions(t, p.Parent())
			case "arguments":
				found = p.Parent().Type() == "new_expression" && lastName(textOf(t, p.Parent().ChildByFieldName("constructor"))) == "Headers"
			}
		}
		return !found
	})
	return found
}

// outerExpr is the parent of n above parentheses and type assertions
// (`{ … } as const`).
func outerExpr(n *sitter.Node) *sitter.Node {
	p := n.Parent()
	for p != nil {
		switch p.Type() {
		case "parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression":
			p = p.Parent()
			continue
		}
		return p
	}
	return n
}

// headersKey: a pair keyed headers.
func headersKey(t *Tree, pair *sitter.Node) bool {
	k := pair.ChildByFieldName("key")
	return k != nil && strings.EqualFold(Unquote(t, k), "headers")
}

// requestOptions: an options object given to an HTTP client's request
// (fetch(url, { headers }), axios.post(url, data, { headers })): its
// headers go out with the request, they answer no one.
func requestOptions(t *Tree, obj *sitter.Node) bool {
	if obj == nil || obj.Type() != "object" {
		return false
	}
	p := outerExpr(obj)
	if p.Type() != "arguments" || p.Parent().Type() != "call_expression" {
		return false
	}
	return httpClients[CalleeOf(t, p.Parent()).Root]
}

// textOf is n's text, "" for a missing node.
func textOf(t *Tree, n *sitter.Node) string {
	if n == nil {
		return ""
	}
	return t.Text(n)
}
