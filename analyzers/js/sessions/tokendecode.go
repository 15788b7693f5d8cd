// Package sessions implements CLK104 for JavaScript/TypeScript: a session
// token decoded without verification (jwt-decode's jwtDecode, jsonwebtoken's
// jwt.decode, jose's decodeJwt) whose subject or identity claims (sub,
// userId, sid, org_id, org_role, role, metadata) are then read in the same
// function, with no verifier (jwt.verify, jwtVerify, verifyToken, auth(),
// getAuth(), currentUser(), authenticateRequest, auth.protect) called in that
// function before the read.
//
// Decoding only to read exp, iss or the header's kid is not reported, nor is
// code in 'use client' modules: the browser decoding its own token (for
// display) makes no trusted decision, the server that receives the token does.
//
// Out of reach: decoded values passed to another function or stored in an
// object and read there, verification done by a caller or a middleware, and
// decoders imported under other module names or re-exported by a helper.
package sessions

import (
	"bytes"
	"fmt"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Rule registers CLK104 with the js engine: js.NewEngine(…, tokendecode.Rule).
var Rule = js.Rule{IDs: []string{ruleid.TokenDecodedNotVerified}, New: New}

// claims are the decoded fields that carry identity or authorization.
var claims = map[string]bool{"sub": true, "userId": true, "user_id": true, "sid": true, "org_id": true,
	"org_role": true, "org_permissions": true, "role": true, "metadata": true, "public_metadata": true}

// verifierFuncs are callees (plain names) that verify a token or return a
// verified session.
var verifierFuncs = map[string]bool{"jwtVerify": true, "verifyToken": true, "auth": true, "getAuth": true,
	"currentUser": true, "authenticateRequest": true}

// verifierMethods are method names that do the same (jwt.verify, auth.protect()).
var verifierMethods = map[string]bool{"verify": true, "verifyToken": true, "jwtVerify": true,
	"authenticateRequest": true, "protect": true}

type checker struct{}

// New builds the checker from the CLK104 entry (it takes no params).
func New(rs []*rules.Rule, _ scan.Options) (js.Checker, error) {
	if len(rs) != 1 {
		return nil, fmt.Errorf("tokendecode: want the %s rule, got %d rules", ruleid.TokenDecodedNotVerified, len(rs))
	}
	var p struct{}
	if err := rs[0].DecodeParams(&p); err != nil {
		return nil, err
	}
	return checker{}, nil
}

var modules = [][]byte{[]byte("jwt-decode"), []byte("jsonwebtoken"), []byte("jose")}

// Wants every JS/TS file: Wants has no source to look at, so Check's first
// step is a byte search for the decoding modules' names, before any parse.
func (checker) Wants(*js.Model, *scan.File) bool { return true }

// AnyApp: a token decoded without verification is a bypass in any app,
// whichever SDK (if any) issued it.
func (checker) AnyApp() {}

// Local: a finding is in the file that decodes the token, and nothing is kept.
func (checker) Local() {}

// decoders maps the module's local names to how they decode: a name called
// directly ("call") or an object whose .decode is called ("method").
func decoders(mod *js.Module) (funcs map[string]string, objects map[string]bool) {
	funcs, objects = map[string]string{}, map[string]bool{}
	for _, imp := range mod.Imports {
		if imp.TypeOnly {
			continue
		}
		for _, n := range imp.Names {
			if n.TypeOnly || n.Local == "" {
				continue
			}
			switch imp.Spec {
			case "jwt-decode":
				// v3's CommonJS module is the function itself.
				if n.Imported == "default" || n.Imported == "jwtDecode" || (n.Imported == "*" && imp.Kind == js.ImportRequire) {
					funcs[n.Local] = n.Local
				} else if n.Imported == "*" {
					objects[n.Local] = true
				}
			case "jsonwebtoken":
				if n.Imported == "default" || n.Imported == "*" {
					objects[n.Local] = true
				} else if n.Imported == "decode" {
					funcs[n.Local] = "jwt.decode"
				}
			case "jose":
				if n.Imported == "decodeJwt" {
					funcs[n.Local] = "decodeJwt"
				} else if n.Imported == "*" {
					objects[n.Local] = true
				}
			}
		}
	}
	return funcs, objects
}

// verifierModule is where the file's app imports verifyToken from:
// @clerk/nextjs/server re-exports it, else @clerk/backend.
func verifierModule(pass *js.Pass) string {
	if a := pass.Model.App(pass.File.Path); a != nil && a.Has("@clerk/nextjs") {
		return "@clerk/nextjs/server"
	}
	return "@clerk/backend"
}

// Check reports the file's findings.
func (c checker) Check(pass *js.Pass) {
	found := false
	for _, m := range modules {
		found = found || bytes.Contains(pass.Src, m)
	}
	if !found {
		return
	}
	mod := pass.Header() // the imports say which names decode
	if mod == nil || mod.Err != nil || mod.UseClient() {
		return
	}
	funcs, objects := decoders(mod)
	if len(funcs)+len(objects) == 0 {
		return
	}
	t, err := pass.Tree()
	if err != nil {
		return
	}
	js.Walk(t.Root(), func(n *sitter.Node) bool {
		if n.Type() != "call_expression" {
			return true
		}
		name := decoderName(t, n.ChildByFieldName("function"), funcs, objects)
		if name == "" {
			return true
		}
		use := trustedUse(t, n)
		if use == nil {
			return true
		}
		if verifiedBefore(t, t.EnclosingFunc(n), use.StartByte()) {
			return true
		}
		pass.Report(rules.Finding{RuleID: ruleid.TokenDecodedNotVerified, Position: pass.Pos(n), Construct: "decode:" + name,
			Message: fmt.Sprintf("session token decoded with %s without verification and its %s trusted: anyone can forge an unsigned token with any sub; verify it with verifyToken() from %s (or auth()/getAuth()) before using the claims",
				name, claimName(t, use), verifierModule(pass))})
		return true
	})
}

// decoderName names the callee when it is an unverified decoder, "" if not.
func decoderName(t *js.Tree, fn *sitter.Node, funcs map[string]string, objects map[string]bool) string {
	if fn == nil {
		return ""
	}
	switch fn.Type() {
	case "identifier":
		return funcs[t.Text(fn)]
	case "member_expression":
		obj, prop := fn.ChildByFieldName("object"), fn.ChildByFieldName("property")
		if obj == nil || prop == nil || obj.Type() != "identifier" || !objects[t.Text(obj)] {
			return ""
		}
		switch p := t.Text(prop); p {
		case "decode":
			return t.Text(obj) + ".decode"
		case "jwtDecode", "decodeJwt":
			return p
		case "default":
			return t.Text(obj) + ".default"
		}
	}
	return ""
}

// unwrap climbs from an expression through await, parentheses and type
// assertions to the node that uses its value.
func unwrap(n *sitter.Node) *sitter.Node {
	for p := n.Parent(); p != nil; p = n.Parent() {
		switch p.Type() {
		case "await_expression", "parenthesized_expression", "as_expression", "satisfies_expression",
			"non_null_expression", "type_assertion":
			n = p
			continue
		}
		break
	}
	return n
}

// trustedUse finds the first read of an identity claim of the decode call's
// result in its function: the node read (a property or a pattern key), nil if none.
func trustedUse(t *js.Tree, call *sitter.Node) *sitter.Node {
	v := unwrap(call)
	p := v.Parent()
	if p == nil {
		return nil
	}
	switch p.Type() {
	case "member_expression", "subscript_expression":
		if p.ChildByFieldName("object") == v {
			return claimOf(t, p)
		}
		return nil
	case "variable_declarator", "assignment_expression":
		field := "name"
		if p.Type() == "assignment_expression" {
			field = "left"
		}
		target := p.ChildByFieldName(field)
		if target == nil {
			return nil
		}
		switch target.Type() {
		case "object_pattern":
			return patternClaim(t, target)
		case "identifier":
			return readsOf(t, t.EnclosingFunc(call), t.Text(target), p.EndByte())
		}
	}
	return nil
}

// claimOf is the property node when x.prop / x['prop'] names a claim.
func claimOf(t *js.Tree, n *sitter.Node) *sitter.Node {
	var prop *sitter.Node
	if n.Type() == "member_expression" {
		prop = n.ChildByFieldName("property")
	} else {
		prop = n.ChildByFieldName("index")
	}
	if prop != nil && claims[js.Unquote(t, prop)] {
		return prop
	}
	return nil
}

// patternClaim is the first key of an object pattern that names a claim.
func patternClaim(t *js.Tree, pat *sitter.Node) *sitter.Node {
	for i := 0; i < int(pat.NamedChildCount()); i++ {
		k := pat.NamedChild(i)
		switch k.Type() {
		case "shorthand_property_identifier_pattern":
		case "pair_pattern":
			if key := k.ChildByFieldName("key"); key != nil && js.Unquote(t, key) == "payload" {
				if v := k.ChildByFieldName("value"); v != nil && v.Type() == "object_pattern" {
					k = patternClaim(t, v) // jwt.decode(…, { complete: true })
					if k != nil {
						return k
					}
					continue
				}
			}
			k = k.ChildByFieldName("key")
		case "object_assignment_pattern":
			k = k.ChildByFieldName("left")
		default:
			continue
		}
		if k != nil && claims[js.Unquote(t, k)] {
			return k
		}
	}
	return nil
}

// readsOf finds the first claim read of variable name in scope after offset:
// name.sub, name['sub'], or `const { sub } = name`.
func readsOf(t *js.Tree, scope *sitter.Node, name string, after uint32) *sitter.Node {
	var first *sitter.Node
	js.Walk(scope, func(n *sitter.Node) bool {
		if first != nil {
			return false
		}
		if n.StartByte() < after {
			return true
		}
		switch n.Type() {
		case "member_expression", "subscript_expression":
			obj := n.ChildByFieldName("object")
			if obj != nil && (obj.Type() == "identifier" && t.Text(obj) == name || plain(t, obj) == name+".payload") {
				first = claimOf(t, n)
			}
		case "variable_declarator":
			val, pat := inner(n.ChildByFieldName("value")), n.ChildByFieldName("name")
			if val != nil && pat != nil && pat.Type() == "object_pattern" && (t.Text(val) == name || plain(t, val) == name+".payload") {
				first = patternClaim(t, pat)
			}
		}
		return first == nil
	})
	return first
}

// inner strips parentheses and type assertions from an expression.
func inner(n *sitter.Node) *sitter.Node {
	for n != nil && n.NamedChildCount() > 0 {
		switch n.Type() {
		case "parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression":
			n = n.NamedChild(0)
			continue
		}
		break
	}
	return n
}

// plain is a member chain's text without optional chaining or non-null
// assertions: decoded?.payload and decoded!.payload read as decoded.payload.
func plain(t *js.Tree, n *sitter.Node) string {
	return strings.NewReplacer("?.", ".", "!.", ".").Replace(t.Text(n))
}

// claimName is the claim a use node reads.
func claimName(t *js.Tree, n *sitter.Node) string { return js.Unquote(t, n) }

// verifiedBefore reports whether scope calls a verifier that starts before offset.
func verifiedBefore(t *js.Tree, scope *sitter.Node, before uint32) bool {
	found := false
	js.Walk(scope, func(n *sitter.Node) bool {
		if found {
			return false
		}
		if n.Type() != "call_expression" || n.StartByte() >= before {
			return true
		}
		fn := n.ChildByFieldName("function")
		if fn == nil {
			return true
		}
		switch fn.Type() {
		case "identifier":
			found = verifierFuncs[t.Text(fn)]
		case "member_expression":
			if prop := fn.ChildByFieldName("property"); prop != nil {
				found = verifierMethods[t.Text(prop)]
			}
		}
		return !found
	})
	return found
}
