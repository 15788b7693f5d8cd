package nextjs

import (
	"slices"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
)

// oauthCode reads a route handler as an OAuth redirect callback would be
// written (endpoint.AddOAuthCallback): code is its read of the query's
// code (searchParams.get('code'); req.query.code or const { code } =
// req.query in a Pages Router API route, whose res is the response), nil
// when there is none; only is true when it reads no other request value:
// nothing but the code and the provider's error from the query
// (request.url, request.nextUrl), no other parameter, body, header or
// cookie, and the request handed to no call, so nothing it does can be
// keyed by a value the caller chose.
func oauthCode(t *js.Tree, fn *sitter.Node, pages bool) (code *sitter.Node, only bool) {
	body := fn.ChildByFieldName("body")
	if body == nil {
		return nil, false
	}
	var params []string
	for _, p := range js.Params(fn) {
		params = append(params, paramText(t, p))
	}
	// query: names holding the query (const params = req.nextUrl.searchParams;
	// const { searchParams } = new URL(req.url)).
	query := []string{"searchParams"}
	js.Walk(body, func(n *sitter.Node) bool {
		if n.Type() == "variable_declarator" {
			if name, v := n.ChildByFieldName("name"), n.ChildByFieldName("value"); name != nil && v != nil && name.Type() == "identifier" && strings.HasSuffix(t.Text(js.Unwrap(v)), ".searchParams") {
				query = append(query, t.Text(name))
			}
		}
		return true
	})
	// queryGet: n (a query value) is the object of a .get('…') call,
	// whose key is returned.
	queryGet := func(n *sitter.Node) (*sitter.Node, string, bool) {
		get := n.Parent()
		if get == nil || get.Type() != "member_expression" || t.Text(get.ChildByFieldName("property")) != "get" {
			return nil, "", false
		}
		call := get.Parent()
		if call == nil || call.Type() != "call_expression" {
			return nil, "", false
		}
		as := js.Args(call)
		if len(as) != 1 || (as[0].Type() != "string" && as[0].Type() != "template_string") {
			return nil, "", false
		}
		return call, js.Unquote(t, as[0]), true
	}
	only = true
	js.Walk(body, func(n *sitter.Node) bool {
		switch n.Type() {
		case "call_expression":
			if c := js.CalleeOf(t, n); len(c.Path) == 0 && (c.Root == "cookies" || c.Root == "headers") {
				only = false
			}
		case "member_expression":
			if t.Text(n.ChildByFieldName("property")) != "searchParams" {
				break
			}
			if p := n.Parent(); p != nil && p.Type() == "variable_declarator" {
				break // a name of the query, whose uses are read below
			}
			only = only && readKey(queryGet, n, &code)
		case "identifier":
			name := t.Text(n)
			p := n.Parent()
			switch {
			case pages && len(params) > 1 && name == params[1]:
				// res: the response.
			case slices.Contains(params, name):
				// request.url, request.nextUrl: the URL the query is read
				// from; its method.
				prop := ""
				if p != nil && p.Type() == "member_expression" && p.ChildByFieldName("object") == n {
					prop = t.Text(p.ChildByFieldName("property"))
				}
				switch {
				case pages && prop == "query":
					only = only && pagesQuery(t, p, &code)
				default:
					only = only && (prop == "url" || prop == "nextUrl" || prop == "method")
				}
			case slices.Contains(query, name) && !(p != nil && p.Type() == "variable_declarator" && p.ChildByFieldName("name") == n):
				only = only && readKey(queryGet, n, &code)
			}
		}
		return true
	})
	return code, only
}

// readKey reads one query.get('key') at n: the code is kept, the
// provider's error is no caller's choice; any other key (state carrying a
// user id) or use of the query is.
func readKey(queryGet func(*sitter.Node) (*sitter.Node, string, bool), n *sitter.Node, code **sitter.Node) bool {
	call, key, ok := queryGet(n)
	switch {
	case !ok:
		return false
	case key == "code":
		if *code == nil {
			*code = call
		}
		return true
	}
	return key == "error" || key == "error_description"
}

// pagesQuery reads a Pages Router query read at q (req.query): its code
// is kept, the provider's error is no caller's choice; any other key or
// use of the query is.
func pagesQuery(t *js.Tree, q *sitter.Node, code **sitter.Node) bool {
	p := q.Parent()
	var keys []string
	switch {
	case p != nil && p.Type() == "member_expression" && p.ChildByFieldName("object") == q:
		keys = []string{t.Text(p.ChildByFieldName("property"))} // req.query.code
	case p != nil && p.Type() == "variable_declarator" && p.ChildByFieldName("value") == q:
		pat := p.ChildByFieldName("name") // const { code } = req.query
		if pat == nil || pat.Type() != "object_pattern" {
			return false
		}
		for _, c := range js.NamedChildren(pat) {
			switch c.Type() {
			case "shorthand_property_identifier_pattern":
				keys = append(keys, t.Text(c))
			case "pair_pattern", "object_assignment_pattern":
				k := c.ChildByFieldName("key")
				if k == nil {
					k = c.ChildByFieldName("left")
				}
				if k == nil {
					return false
				}
				keys = append(keys, js.Unquote(t, k))
			default:
				return false
			}
		}
	default:
		return false
	}
	for _, k := range keys {
		switch k {
		case "code":
			if *code == nil {
				*code = q
			}
		case "error", "error_description":
		default:
			return false
		}
	}
	return len(keys) > 0
}
