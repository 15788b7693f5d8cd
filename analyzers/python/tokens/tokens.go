// Package tokens holds the python engine's token rules: CLK104 (a session
// token decoded without verification, PyJWT's verify_signature False or
// python-jose's get_unverified_claims, in a function that never verifies
// it) and CLK404 (session verification without an authorized-parties
// allowlist: clerk-backend-api's AuthenticateRequestOptions without
// authorized_parties, fastapi-clerk-auth, which never checks azp, in a
// project that checks azp nowhere).
package tokens

import (
	"bytes"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/python"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/internal/lazyregexp"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Rule registers the token rules with the python engine.
var Rule = python.Rule{IDs: []string{ruleid.TokenDecodedNotVerified, ruleid.AuthorizedPartiesMissing}, New: New}

type checker struct {
	enabled map[string]bool
	// azpChecked: some module compares the azp claim itself.
	azpChecked bool
}

// New builds the token checker.
func New(rs []*rules.Rule, _ scan.Options) (python.Checker, error) {
	return &checker{enabled: python.Enabled(rs)}, nil
}

// unverifiedOpt matches the decode options that skip the signature check.
var unverifiedOpt = lazyregexp.New(`["']verify_signature["']\s*:\s*False|\bverify\s*=\s*False`)

// identityRead matches claims used as identity or authority.
var identityRead = lazyregexp.New(`["'](sub|user_id|userId|email|org_id|org_role|role|roles|metadata|public_metadata|permissions)["']`)

// azpCheck matches a project that checks the azp claim itself.
var azpCheck = lazyregexp.New(`["']azp["']|authorized_parties`)

// Prepare notes whether any module checks the azp claim itself.
func (c *checker) Prepare(m *python.Model) {
	m.Sources(func(_ string, src []byte) bool {
		c.azpChecked = azpCheck.Match(src)
		return !c.azpChecked
	})
}

// CheckModule reports the token rules in one module. What the checks look
// for has these names in the source: other modules are not walked, and the
// option classes are found from their occurrences.
func (c *checker) CheckModule(_ *python.Model, f *python.File, report func(rules.Finding)) {
	if c.enabled[ruleid.TokenDecodedNotVerified] && (bytes.Contains(f.Src, []byte("decode")) || bytes.Contains(f.Src, []byte("get_unverified_claims"))) {
		python.Walk(f.Root(), func(n *sitter.Node) bool {
			if n.Type() == "function_definition" {
				unverified(f, n, report)
			}
			return true
		})
	}
	if c.enabled[ruleid.AuthorizedPartiesMissing] {
		for _, name := range []string{"AuthenticateRequestOptions", "ClerkConfig"} {
			for _, call := range f.CallsNamed(name) {
				azp(f, call, c.azpChecked, report)
			}
		}
	}
}

// unverified reports a decode without verification whose claims the
// function reads for identity, when the function verifies nothing.
func unverified(f *python.File, fn *sitter.Node, report func(rules.Finding)) {
	body := fn.ChildByFieldName("body")
	var decode *sitter.Node
	verifies := false
	python.WalkBody(body, func(n *sitter.Node) bool {
		if n.Type() != "call" {
			return true
		}
		dotted, last := f.Callee(n)
		args := f.Text(n.ChildByFieldName("arguments"))
		switch {
		case last == "get_unverified_claims", last == "decode" && unverifiedOpt.MatchString(args):
			if decode == nil {
				decode = n
			}
		case last == "decode" && strings.Contains(dotted, "jwt") && n.ChildByFieldName("arguments").NamedChildCount() >= 2,
			last == "authenticate_request", last == "verify_token", last == "verify", last == "decode_complete" && !unverifiedOpt.MatchString(args):
			verifies = true
		}
		return true
	})
	if decode == nil || verifies || !identityRead.MatchString(f.Text(body)) {
		return
	}
	report(rules.Finding{RuleID: ruleid.TokenDecodedNotVerified, Position: f.Pos(decode),
		Message: "the session token is decoded without verifying its signature and its claims are used: anyone can write a token with another user's sub; verify it (clerk-backend-api authenticate_request, fastapi-clerk-auth ClerkHTTPBearer, or jwt.decode with Clerk's JWKS key and algorithms=[\"RS256\"])"})
}

// azp reports session verification configured without authorized parties.
func azp(f *python.File, call *sitter.Node, azpChecked bool, report func(rules.Finding)) {
	_, last := f.Callee(call)
	switch last {
	case "AuthenticateRequestOptions":
		if f.Arg(call, -1, "authorized_parties") == nil {
			report(rules.Finding{RuleID: ruleid.AuthorizedPartiesMissing, Position: f.Pos(call),
				Message: "AuthenticateRequestOptions without authorized_parties: a session token minted for another origin of the same Clerk instance is accepted; pass authorized_parties=[\"https://app.example.com\"]"})
		}
	case "ClerkConfig":
		if !azpChecked && f.ImportsFrom("fastapi_clerk_auth") {
			report(rules.Finding{RuleID: ruleid.AuthorizedPartiesMissing, Position: f.Pos(call),
				Message: "fastapi-clerk-auth verifies the token's signature, expiry and (optionally) issuer but never its azp claim, and nothing in the project checks azp: tokens minted for another origin of the same Clerk instance are accepted; compare credentials.decoded[\"azp\"] with your origins in the wrapper dependency"})
		}
	}
}
