// Package secrets holds CLK008 for the python engine: the Clerk secret key
// or webhook signing secret, read from the environment or a settings
// object, reaching print, a logger, an exception or an HTTP response.
package secrets

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/python"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/internal/bytescan"
	"github.com/clerklint/clerklint/internal/lazyregexp"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Rule registers CLK008 with the python engine.
var Rule = python.Rule{IDs: []string{ruleid.SecretLoggedOrReturned}, New: New}

type checker struct{}

// New builds the CLK008 checker.
func New([]*rules.Rule, scan.Options) (python.Checker, error) { return checker{}, nil }

// secretName matches the names of Clerk secrets: env variables and settings
// attributes (CLERK_SECRET_KEY, clerk_secret_key, CLERK_WEBHOOK_SECRET,
// webhook_signing_secret, CLERK_API_KEY).
var secretName = lazyregexp.New(`(?i)clerk_?(secret|api)_?key|clerk_?webhook_?(signing_?)?secret|webhook_?signing_?secret|^svix_?secret$`)

// mentionsSecret is secretName.Match(src), tried only where a name can
// start (clerk or webhook, any case) on the longest name's width: the
// case-insensitive alternation run over every byte of every module cost
// more than the rest of the rule.
func mentionsSecret(src []byte) bool {
	if len(src) <= len("svix_secret") {
		return secretName.Match(src) // the anchored ^svix_?secret$ too
	}
	for _, w := range [][]byte{[]byte("clerk"), []byte("webhook")} {
		for off := 0; ; {
			i := bytescan.IndexFold(src[off:], w)
			if i < 0 {
				break
			}
			at := off + i
			if secretName.Match(src[at:min(at+len("clerk_webhook_signing_secret"), len(src))]) {
				return true
			}
			off = at + 1
		}
	}
	return false
}

// loggers are the receivers of logging calls.
var logMethods = map[string]bool{"debug": true, "info": true, "warning": true, "warn": true, "error": true, "exception": true, "critical": true, "log": true}

// CheckModule reports secrets reaching sinks, per function and at module level.
func (checker) CheckModule(m *python.Model, f *python.File, report func(rules.Finding)) {
	if !mentionsSecret(f.Src) {
		return
	}
	module := map[string]string{}
	bind(f, f.Root(), module, false)
	scope(f, f.Root(), module, false, report)
	python.Walk(f.Root(), func(n *sitter.Node) bool {
		if n.Type() == "function_definition" {
			names := map[string]string{}
			for k, v := range module {
				names[k] = v
			}
			bind(f, n.ChildByFieldName("body"), names, true)
			scope(f, n.ChildByFieldName("body"), names, isRoute(f, n), report)
		}
		return true
	})
}

// bind records the names assigned a secret in a block (module level: only
// top-level statements; function: its whole body), name → secret.
func bind(f *python.File, block *sitter.Node, names map[string]string, deep bool) {
	visit := func(n *sitter.Node) bool {
		if n.Type() == "assignment" {
			l, r := n.ChildByFieldName("left"), n.ChildByFieldName("right")
			if l != nil && r != nil && l.Type() == "identifier" {
				if s := secretOf(f, r, names); s != "" {
					names[f.Text(l)] = s
				}
			}
		}
		return true
	}
	if deep {
		python.WalkBody(block, visit)
		return
	}
	for _, st := range python.Children(block) {
		if st.Type() == "expression_statement" {
			for _, a := range python.Children(st) {
				visit(a)
			}
		}
	}
}

// secretOf returns the secret an expression evaluates to (or embeds, in an
// f-string, a concatenation, a dict), or "" when it holds none or only a
// harmless view of one (len, bool, a short prefix, a comparison).
func secretOf(f *python.File, n *sitter.Node, names map[string]string) string {
	n = python.Unwrap(n)
	if n == nil {
		return ""
	}
	switch n.Type() {
	case "identifier":
		if s, ok := names[f.Text(n)]; ok {
			return s
		}
		if secretName.MatchString(f.Text(n)) && strings.ToUpper(f.Text(n)) == f.Text(n) {
			return f.Text(n) // a module constant read from the environment elsewhere
		}
		return ""
	case "attribute":
		// settings.clerk_secret_key, os.environ.CLERK_SECRET_KEY
		if a := n.ChildByFieldName("attribute"); a != nil && secretName.MatchString(f.Text(a)) {
			return f.Text(a)
		}
		return ""
	case "subscript":
		// os.environ["CLERK_SECRET_KEY"]; a slice of a secret is a mask.
		if sub := n.ChildByFieldName("subscript"); sub != nil {
			if sub.Type() == "slice" {
				return ""
			}
			if v, ok := f.StringValue(sub); ok && secretName.MatchString(v) && strings.Contains(f.Text(n.ChildByFieldName("value")), "environ") {
				return v
			}
		}
		return ""
	case "call":
		dotted, last := f.Callee(n)
		switch {
		case last == "getenv" || last == "get" && strings.Contains(dotted, "environ"):
			if v, ok := f.StringValue(f.Arg(n, 0, "key")); ok && secretName.MatchString(v) {
				return v
			}
			return ""
		case last == "str" || last == "format" || last == "join" || last == "repr" || last == "dumps" || last == "JSONResponse" || last == "dict":
			for _, c := range python.Children(n.ChildByFieldName("arguments")) {
				if s := secretOf(f, c, names); s != "" {
					return s
				}
			}
			if last == "format" {
				if obj := n.ChildByFieldName("function").ChildByFieldName("object"); obj != nil {
					return secretOf(f, obj, names)
				}
			}
		}
		return "" // len(), bool(), hash(), startswith(): not the value
	case "keyword_argument", "pair":
		return secretOf(f, n.ChildByFieldName("value"), names)
	case "string", "concatenated_string", "binary_operator", "dictionary", "list", "tuple", "interpolation", "argument_list":
		for _, c := range python.Children(n) {
			if c.Type() == "format_specifier" {
				continue
			}
			if s := secretOf(f, c, names); s != "" {
				return s
			}
		}
	}
	return ""
}

// routeDecorator matches a decorator registering a request handler.
var routeDecorator = lazyregexp.New(`^@[\w.]+\.(get|post|put|patch|delete|api_route|route)\(`)

// isRoute reports whether a function is a decorated request handler, whose
// returned dicts and strings are responses.
func isRoute(f *python.File, fn *sitter.Node) bool {
	p := fn.Parent()
	if p == nil || p.Type() != "decorated_definition" {
		return false
	}
	for _, d := range python.Children(p) {
		if d.Type() == "decorator" && routeDecorator.MatchString(f.Text(d)) {
			return true
		}
	}
	return false
}

// scope reports the sinks of a block that receive a secret; route says
// whether returned values are responses.
func scope(f *python.File, block *sitter.Node, names map[string]string, route bool, report func(rules.Finding)) {
	python.WalkBody(block, func(n *sitter.Node) bool {
		var sink string
		var val *sitter.Node
		switch n.Type() {
		case "call":
			dotted, last := f.Callee(n)
			recv := strings.ToLower(strings.TrimSuffix(dotted, "."+last))
			switch {
			case dotted == "print":
				sink, val = "print()", n.ChildByFieldName("arguments")
			case logMethods[last] && (strings.Contains(recv, "log") || recv == "logging"):
				sink, val = dotted+"()", n.ChildByFieldName("arguments")
			case last == "HTTPException" || strings.HasSuffix(last, "Error") || strings.HasSuffix(last, "Exception"):
				sink, val = last+"(...)", n.ChildByFieldName("arguments")
			case last == "JSONResponse" || last == "Response" || last == "PlainTextResponse" || last == "HTMLResponse" || last == "jsonify" || last == "make_response":
				sink, val = last+"(...)", n.ChildByFieldName("arguments")
			}
		case "return_statement":
			if route && n.NamedChildCount() > 0 {
				if r := python.Unwrap(n.NamedChild(0)); r.Type() == "dictionary" || r.Type() == "string" {
					sink, val = "the response", r
				}
			}
		}
		if val == nil {
			return true
		}
		if s := secretOf(f, val, names); s != "" {
			report(rules.Finding{RuleID: ruleid.SecretLoggedOrReturned, Position: f.Pos(n), Construct: s + " → " + sink,
				Message: "the Clerk secret " + s + " reaches " + sink + ": it is copied to logs, error trackers or the client; log or return only that it is set (bool(value)), or at most its first 8 characters"})
			return false
		}
		return true
	})
}
