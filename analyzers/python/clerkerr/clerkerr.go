// Package clerkerr holds CLK501 for the python engine: a Clerk Backend API
// call that changes something (a deletion, ban, metadata update, invitation)
// inside a try whose except clause swallows the failure (pass, or only
// logging), so a Clerk outage or a refused change carries on as if it had
// succeeded. A swallowed read is left alone: the code after it has no
// result to use and usually fails closed (no premium, no role).
package clerkerr

import (
	"bytes"
	"fmt"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/python"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Rule registers CLK501 with the python engine.
var Rule = python.Rule{IDs: []string{ruleid.ClerkErrorIgnored}, New: New}

type checker struct{}

// New builds the CLK501 checker.
func New([]*rules.Rule, scan.Options) (python.Checker, error) { return checker{}, nil }

// CheckModule reports each Clerk call whose try statement swallows its failure.
func (checker) CheckModule(m *python.Model, f *python.File, report func(rules.Finding)) {
	// A try statement around a Clerk call (a callee naming clerk, or
	// sdk.resource.method): skip the tree walk of other modules.
	if !bytes.Contains(f.Src, []byte("try")) || !mentionsClerk(f.Src) {
		return
	}
	python.Walk(f.Root(), func(n *sitter.Node) bool {
		if n.Type() != "try_statement" {
			return true
		}
		handler := swallowing(f, n)
		if handler == nil {
			return true
		}
		python.WalkBody(n.ChildByFieldName("body"), func(c *sitter.Node) bool {
			if c.Type() != "call" || !f.ClerkCall(c) {
				return true
			}
			if dotted, last := f.Callee(c); changes(last) {
				report(rules.Finding{RuleID: ruleid.ClerkErrorIgnored, Position: f.Pos(c),
					Message: fmt.Sprintf("%s(...) can fail (Clerk outage, rate limit, not found), and the %s at line %d swallows it, so the code after it carries on as if it succeeded: return an error response (503 on an outage) or re-raise, and only report success when the call did",
						dotted, strings.TrimSuffix(firstLine(f.Text(handler)), ":"), f.Line(handler)),
					Construct: "swallowed " + dotted})
				return false
			}
			return true
		})
		return true
	})
}

func mentionsClerk(src []byte) bool {
	for _, w := range []string{"clerk", "Clerk", "CLERK", "sdk."} {
		if bytes.Contains(src, []byte(w)) {
			return true
		}
	}
	return false
}

// changing are the verbs of Clerk Backend API methods that change state.
var changing = []string{"create", "update", "delete", "ban", "unban", "lock", "unlock", "revoke", "remove", "add", "invite", "merge", "set", "upload", "disable", "enable"}

// changes reports whether a Clerk method name changes state at Clerk.
func changes(method string) bool {
	for _, v := range changing {
		if method == v || strings.HasPrefix(method, v+"_") {
			return true
		}
	}
	return false
}

// swallowing returns the except clause of a try statement that catches a
// Clerk failure (a bare except, Exception, BaseException, the SDK's errors)
// and does nothing about it: its body only passes, logs or prints. An
// except clause that raises, returns, or sets anything (a fallback value, a
// flag its function tests) handles the failure.
func swallowing(f *python.File, try *sitter.Node) *sitter.Node {
	for _, c := range python.Children(try) {
		if c.Type() != "except_clause" {
			continue
		}
		if !broad(f, c) {
			continue
		}
		var body *sitter.Node
		for _, b := range python.Children(c) {
			if b.Type() == "block" {
				body = b
			}
		}
		if body != nil && onlyLogs(f, body) {
			return c
		}
	}
	return nil
}

// broad reports whether an except clause catches what a Clerk call raises.
func broad(f *python.File, c *sitter.Node) bool {
	for _, t := range python.Children(c) {
		if t.Type() == "block" {
			break
		}
		text := f.Text(t)
		if t.Type() == "as_pattern" && t.NamedChildCount() > 0 {
			text = f.Text(t.NamedChild(0))
		}
		for _, name := range []string{"Exception", "BaseException", "SDKError", "ClerkErrors", "ClerkError", "HTTPError", "HTTPStatusError", "APIError"} {
			if strings.Contains(text, name) {
				return true
			}
		}
		return false
	}
	return true // bare except:
}

// onlyLogs reports whether a block only passes, logs or prints.
func onlyLogs(f *python.File, body *sitter.Node) bool {
	for _, st := range python.Children(body) {
		switch st.Type() {
		case "pass_statement", "comment":
			continue
		case "expression_statement":
			e := python.Unwrap(st.NamedChild(0))
			if e != nil && e.Type() == "string" {
				continue
			}
			if e == nil || e.Type() != "call" {
				return false
			}
			dotted, last := f.Callee(e)
			root := strings.Split(dotted, ".")[0]
			if last == "print" || root == "logging" || strings.Contains(strings.ToLower(root), "log") || root == "traceback" || root == "sentry_sdk" {
				continue
			}
			return false
		default:
			return false
		}
	}
	return true
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
