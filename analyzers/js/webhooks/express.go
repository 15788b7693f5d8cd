package webhooks

import (
	"fmt"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// routeVerbs are the Express registrations a webhook receiver uses.
var routeVerbs = map[string]bool{"post": true, "put": true, "all": true}

// parserUse is an app.use(express.json()) seen earlier in a block.
type parserUse struct {
	n      *sitter.Node
	prefix string // the mount path, "" for every path
}

// checkExpressOrder runs CLK304's Express form: in one block,
// R.use(express.json()) (or bodyParser.json()) registered before
// R.post(path, …, handler) whose handler verifies a webhook. The global
// parser consumes the body first (express.raw on the route is then a no-op),
// so the verifier gets a parsed object or its re-serialisation
// (svix/svix-webhooks#1463, clerk/javascript#6283).
func (f *file) checkExpressOrder() {
	if len(f.parserNS)+len(f.jsonFns) == 0 {
		return
	}
	t := f.t
	js.Walk(t.Root(), func(n *sitter.Node) bool {
		if n.Type() != "program" && n.Type() != "statement_block" {
			return true
		}
		uses := map[string]parserUse{}
		for i := 0; i < int(n.NamedChildCount()); i++ {
			s := n.NamedChild(i)
			if s.Type() != "expression_statement" || s.NamedChildCount() == 0 {
				continue
			}
			call := js.Unwrap(s.NamedChild(0))
			if call.Type() != "call_expression" {
				continue
			}
			c := js.CalleeOf(t, call)
			args := call.ChildByFieldName("arguments")
			if len(c.Path) != 1 || args == nil || args.NamedChildCount() == 0 {
				continue
			}
			switch verb := c.Path[0]; {
			case verb == "use":
				if u, ok := f.jsonParserUse(args); ok {
					if _, seen := uses[c.Root]; !seen {
						uses[c.Root] = u
					}
				}
			case routeVerbs[verb]:
				u, ok := uses[c.Root]
				if !ok || args.NamedChild(0).Type() != "string" {
					continue
				}
				path := js.Unquote(t, args.NamedChild(0))
				if u.prefix != "" && path != u.prefix && !strings.HasPrefix(path, strings.TrimSuffix(u.prefix, "/")+"/") {
					continue
				}
				if v, ok := f.routeVerifies(args); ok {
					line := f.pass.Pos(u.n).Line
					f.pass.Report(rules.Finding{RuleID: ruleid.WebhookBodyReparsed, Position: f.pass.Pos(call), Construct: "express-json-before-webhook:" + path,
						Related: []rules.Related{{Position: f.pass.Pos(u.n), Message: "the JSON parser registered first"}},
						Message: fmt.Sprintf("webhook route %s %s verifies with %s but %s.use(%s) on line %d parses every JSON body first: the verifier gets a parsed object or its re-serialisation, not the raw bytes Svix signed (express.raw on the route is then a no-op); register this route before the global JSON parser, or mount express.json() only on the routes that need it", strings.ToUpper(c.Path[0]), path, v, c.Root, short(t, u.n), line)})
				}
			}
		}
		return true
	})
}

// jsonParserUse: the arguments of R.use(…) mount a JSON body parser without
// a verify callback (which would keep the raw body) or a custom type.
func (f *file) jsonParserUse(args *sitter.Node) (parserUse, bool) {
	t := f.t
	u := parserUse{}
	for i := 0; i < int(args.NamedChildCount()); i++ {
		a := js.Unwrap(args.NamedChild(i))
		if i == 0 && a.Type() == "string" {
			u.prefix = js.Unquote(t, a)
			continue
		}
		if a.Type() != "call_expression" {
			continue
		}
		c := js.CalleeOf(t, a)
		if !(len(c.Path) == 0 && f.jsonFns[c.Root] || len(c.Path) == 1 && c.Path[0] == "json" && f.parserNS[c.Root]) {
			continue
		}
		if opts := a.ChildByFieldName("arguments"); opts != nil && opts.NamedChildCount() > 0 {
			o := js.Unwrap(opts.NamedChild(0))
			if o.Type() != "object" || objectValue(t, o, "verify") != nil || objectValue(t, o, "type") != nil || hasSpread(o) {
				continue
			}
		}
		u.n = a
		return u, true
	}
	return parserUse{}, false
}

func hasSpread(o *sitter.Node) bool {
	for i := 0; i < int(o.NamedChildCount()); i++ {
		if o.NamedChild(i).Type() == "spread_element" {
			return true
		}
	}
	return false
}

// routeVerifies: a handler of the route (inline or a top-level function of
// the module) verifies a webhook itself; it returns the verifier's name.
func (f *file) routeVerifies(args *sitter.Node) (string, bool) {
	t := f.t
	for i := 1; i < int(args.NamedChildCount()); i++ {
		a := js.Unwrap(args.NamedChild(i))
		fn := a
		if a.Type() == "identifier" {
			fn = f.top[t.Text(a)]
		}
		if fn == nil || !js.IsFunc(fn) {
			continue
		}
		body := fn.ChildByFieldName("body")
		if body == nil {
			continue
		}
		name, found := "", false
		ownWalk(body, func(n *sitter.Node) {
			if found || n.Type() != "call_expression" {
				return
			}
			if v, ok := f.verification(n, fn); ok && !v.helper {
				name, found = v.name, true
			}
		})
		if found {
			return name, true
		}
	}
	return "", false
}
