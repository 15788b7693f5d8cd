package nextjs

import (
	"slices"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
)

// oauthCode reads a route handler as an OAuth redirect callback would be
// written (endpoint.AddOAuthCallback): code is its read of the query's
// code (searchParams.get('code')), nil when there is none; only is true
// when it reads no other request value: nothing but the code and the
// provider's error from the query (request.url, request.nextUrl), no
// other parameter, body, header or cookie, and the request handed to no
// call, so nothing it does can be keyed by a value the caller chose.
func oauthCode(t *js.Tree, fn *sitter.Node) (code *sitter.Node, only bool) {
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
			case slices.Contains(params, name):
				// request.url, request.nextUrl: the URL the query is read from.
				prop := ""
				if p != nil && p.Type() == "member_expression" && p.ChildByFieldName("object") == n {
					prop = t.Text(p.ChildByFieldName("property"))
				}
				only = only && (prop == "url" || prop == "nextUrl")
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
