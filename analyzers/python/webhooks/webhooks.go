// Package webhooks holds the python engine's webhook rules: CLK301 (a Clerk
// webhook receiver that never verifies the Svix signature, parses the body
// before verifying, or swallows the verification error), CLK303 (user
// events synced, user.deleted never handled) and CLK304 (the signature
// checked against json.dumps of the parsed body).
package webhooks

import (
	"bytes"
	"fmt"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/python"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/internal/lazyregexp"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Rule registers the webhook rules with the python engine.
var Rule = python.Rule{IDs: []string{ruleid.UnverifiedWebhook, ruleid.UserDeletedNotHandled, ruleid.WebhookBodyReparsed}, New: New}

type checker struct {
	enabled map[string]bool
	// deletedHandled: some module handles user.deleted.
	deletedHandled bool
}

// New builds the webhook checker.
func New(rs []*rules.Rule, _ scan.Options) (python.Checker, error) {
	return &checker{enabled: python.Enabled(rs)}, nil
}

// receiverMark matches what makes a function a Clerk/Svix webhook receiver:
// the svix headers, or a Clerk event type compared.
var receiverMark = lazyregexp.New(`svix[-_](id|timestamp|signature)|["'](user|session|organization|organizationMembership|email|sms)\.(created|updated|deleted)["']`)

// bodyRead matches the request body being read.
var bodyRead = lazyregexp.New(`\.json\(\)|\.body\(\)|\.get_json\(|\.get_data\(|request\.data\b|\.stream\(\)`)

// userSync matches a user.created or user.updated event type.
var userSync = lazyregexp.New(`["']user\.(created|updated)["']`)

// Prepare notes whether any module handles user.deleted.
func (c *checker) Prepare(m *python.Model) {
	m.Sources(func(_ string, src []byte) bool {
		c.deletedHandled = bytes.Contains(src, []byte("user.deleted"))
		return !c.deletedHandled
	})
}

// CheckModule reports the webhook rules over every function of a module.
// A receiver's body is part of the module's source, so a module whose
// source has no receiver mark or no body read is not walked.
func (c *checker) CheckModule(m *python.Model, f *python.File, report func(rules.Finding)) {
	if !receiverMark.Match(f.Src) || !bodyRead.Match(f.Src) {
		return
	}
	python.Walk(f.Root(), func(n *sitter.Node) bool {
		if n.Type() != "function_definition" {
			return true
		}
		body := n.ChildByFieldName("body")
		text := f.Text(body)
		if !receiverMark.MatchString(text) || !bodyRead.MatchString(text) {
			return true
		}
		c.receiver(m, f, n, report)
		if loc := userSync.FindStringIndex(text); loc != nil && c.enabled[ruleid.UserDeletedNotHandled] && !c.deletedHandled {
			s := body.StartPoint()
			line := int(s.Row) + 1 + strings.Count(text[:loc[0]], "\n")
			report(rules.Finding{RuleID: ruleid.UserDeletedNotHandled, Position: rules.Position{File: f.Path, Line: line},
				Message: "this webhook receiver syncs user.created/user.updated events but nothing in the project handles user.deleted: deleted users' rows stay in your database; add a user.deleted branch that deletes or anonymises them"})
		}
		return true
	})
}

// receiver judges one receiver function: where it verifies, what it reads
// before, and whether a failed verification is swallowed.
func (c *checker) receiver(m *python.Model, f *python.File, fn *sitter.Node, report func(rules.Finding)) {
	name := f.Text(fn.ChildByFieldName("name"))
	var verify *sitter.Node
	var firstJSON *sitter.Node
	python.WalkBody(fn.ChildByFieldName("body"), func(n *sitter.Node) bool {
		if n.Type() != "call" {
			return true
		}
		dotted, last := f.Callee(n)
		switch {
		case verify == nil && verifies(m, f, dotted, last):
			verify = n
		case firstJSON == nil && (last == "json" || last == "get_json") && strings.Contains(dotted, "req"):
			firstJSON = n
		}
		return true
	})
	if verify == nil {
		// A dependency that verifies: event = Depends(verified_event).
		for _, p := range python.Children(fn.ChildByFieldName("parameters")) {
			python.Walk(p, func(n *sitter.Node) bool {
				if n.Type() == "call" && verify == nil {
					if _, last := f.Callee(n); last == "Depends" {
						if t := f.Arg(n, 0, "dependency"); t != nil && verifies(m, f, f.Text(t), f.Text(t)) {
							verify = n
						}
					}
				}
				return verify == nil
			})
		}
	}
	if verify == nil {
		if c.enabled[ruleid.UnverifiedWebhook] {
			report(rules.Finding{RuleID: ruleid.UnverifiedWebhook, Position: f.Pos(fn.ChildByFieldName("name")),
				Message: fmt.Sprintf("webhook receiver %s reads the payload but never verifies its Svix signature: anyone can post forged events; verify first with Webhook(os.environ[\"CLERK_WEBHOOK_SECRET\"]).verify(await request.body(), request.headers) from svix and answer 400 on WebhookVerificationError", name)})
		}
		return
	}
	reparsed := strings.Contains(f.Text(verify.ChildByFieldName("arguments")), "dumps")
	if reparsed && c.enabled[ruleid.WebhookBodyReparsed] {
		report(rules.Finding{RuleID: ruleid.WebhookBodyReparsed, Position: f.Pos(verify),
			Message: "the Svix signature is checked against json.dumps of the parsed body, not the bytes Svix signed: whitespace, key order and escaping differ, so genuine deliveries fail; verify await request.body() (the raw bytes) and parse the JSON after"})
	}
	if c.enabled[ruleid.UnverifiedWebhook] {
		if firstJSON != nil && firstJSON.StartByte() < verify.StartByte() && !reparsed {
			report(rules.Finding{RuleID: ruleid.UnverifiedWebhook, Position: f.Pos(firstJSON),
				Message: fmt.Sprintf("webhook receiver %s parses the payload before verifying its signature: verify the raw body (await request.body()) first, then use the verified event verify returns", name)})
		}
		if ex := swallowed(f, verify); ex != nil {
			report(rules.Finding{RuleID: ruleid.UnverifiedWebhook, Position: f.Pos(ex),
				Message: fmt.Sprintf("webhook receiver %s catches the signature verification error and goes on: forged events are processed; raise HTTPException(status_code=400) (or return a 400) in the except block", name)})
		}
	}
}

// verifies reports whether a call verifies a webhook signature: svix's
// Webhook(...).verify, a verifier named so, or a project helper that does.
func verifies(m *python.Model, f *python.File, dotted, last string) bool {
	lower := strings.ToLower(last)
	switch {
	case last == "verify" && !strings.HasPrefix(dotted, "jwt."):
		return true
	case strings.Contains(lower, "verify") && (strings.Contains(lower, "webhook") || strings.Contains(lower, "svix") || strings.Contains(lower, "signature")),
		last == "construct_event":
		return true
	}
	sym := m.Resolve(f, dotted)
	if fn := python.FuncDef(sym.Node); fn != nil {
		found := false
		python.WalkBody(fn.ChildByFieldName("body"), func(n *sitter.Node) bool {
			if n.Type() == "call" {
				if _, l := sym.File.Callee(n); l == "verify" {
					found = true
				}
			}
			return !found
		})
		return found
	}
	return false
}

// swallowed returns the except clause around a verify call that neither
// raises nor returns, or nil.
func swallowed(f *python.File, verify *sitter.Node) *sitter.Node {
	for p := verify.Parent(); p != nil; p = p.Parent() {
		if p.Type() == "function_definition" {
			return nil
		}
		if p.Type() != "try_statement" {
			continue
		}
		for _, c := range python.Children(p) {
			if c.Type() != "except_clause" {
				continue
			}
			exits := false
			python.WalkBody(c, func(n *sitter.Node) bool {
				if n.Type() == "raise_statement" || n.Type() == "return_statement" {
					exits = true
				}
				return !exits
			})
			if !exits {
				return c
			}
		}
		return nil
	}
	return nil
}
