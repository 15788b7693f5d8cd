package nextjs

import (
	"bytes"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
)

// A receiver that verifies through a helper of its own project
// (`event = verifyWebhookSignature(body, sig, secret)` from '@/lib/stripe',
// whose body calls stripe.webhooks.constructEvent) verifies like one that
// calls the SDK itself, provided the helper lets the verifier's failure end
// the call: no try around it, or a catch that throws. A helper that catches
// the failure and returns or goes on decides nothing its caller can see.

// helperVerifies names an import of mod that the route's source calls and
// that is a project function verifying a webhook signature ("" if none).
func (c *checker) helperVerifies(m *js.Model, pass *js.Pass, mod *js.Module) string {
	for _, imp := range mod.Imports {
		if imp.TypeOnly {
			continue
		}
		for _, n := range imp.Names {
			if n.TypeOnly || n.Imported == "*" || n.Imported == "default" || !bytes.Contains(pass.Src, []byte(n.Local+"(")) {
				continue
			}
			target := m.Resolve(pass.File.Path, imp.Spec)
			if target == "" {
				continue
			}
			key := target + "\x00" + n.Imported
			v, ok := c.state(m).verifiers.Load(key)
			if !ok {
				v, _ = c.state(m).verifiers.LoadOrStore(key, c.verifierHelper(m, target, n.Imported))
			}
			if v.(bool) {
				return n.Local + " from " + imp.Spec
			}
		}
	}
	return ""
}

// verifierHelper reports that the function exported as name by the project
// module p calls a webhook verifier of a package p imports (Stripe's
// webhooks.constructEvent, svix's or standardwebhooks' Webhook#verify,
// Clerk's verifyWebhook) and does not swallow its failure.
func (c *checker) verifierHelper(m *js.Model, p, name string) bool {
	if src := m.ReadSmall(p); !bytes.Contains(src, []byte("constructEvent")) && !bytes.Contains(src, []byte(".verify(")) &&
		!bytes.Contains(src, []byte("verifyWebhook(")) {
		return false // no verifier call: not worth a parse
	}
	hm := m.Module(p)
	if hm == nil {
		return false
	}
	stripe, webhook, clerk := js.UsesStripe(m, hm), false, false
	for _, imp := range hm.Imports {
		if imp.TypeOnly {
			continue
		}
		switch {
		case strings.HasPrefix(imp.Spec, "@clerk/"):
			for _, in := range imp.Names {
				clerk = clerk || (!in.TypeOnly && in.Imported == "verifyWebhook")
			}
		default:
			for _, w := range c.hookMod {
				if imp.Spec == w {
					for _, in := range imp.Names {
						webhook = webhook || (!in.TypeOnly && in.Imported == "Webhook")
					}
				}
			}
		}
	}
	if !stripe && !webhook && !clerk {
		return false
	}
	pf, err := m.ParseSmall(p)
	defer pf.Close()
	if err != nil {
		return false
	}
	t := pf.Tree
	fn := js.TopDecls(t)[name]
	if fn == nil || !js.IsFunc(fn) {
		return false
	}
	verified := false
	var visit func(n *sitter.Node)
	visit = func(n *sitter.Node) {
		if verified {
			return
		}
		if n.Type() == "call_expression" {
			callee := calleeText(t, n)
			if (stripe && js.StripeVerify(callee)) ||
				(webhook && strings.HasSuffix(callee, ".verify")) || (clerk && callee == "verifyWebhook") {
				verified = !swallowed(t, n, fn)
				return
			}
		}
		for i := 0; i < int(n.NamedChildCount()); i++ {
			if ch := n.NamedChild(i); !js.IsFunc(ch) {
				visit(ch)
			}
		}
	}
	if body := fn.ChildByFieldName("body"); body != nil {
		visit(body)
	}
	return verified
}

// swallowed reports that a try between call and the function fn catches
// the call's failure without throwing.
func swallowed(t *js.Tree, call, fn *sitter.Node) bool {
	for n := call; n != nil && n != fn; n = n.Parent() {
		p := n.Parent()
		if p == nil || p.Type() != "try_statement" {
			continue
		}
		if b := p.ChildByFieldName("body"); b == nil || b.StartByte() != n.StartByte() || b.EndByte() != n.EndByte() {
			continue // n is the catch or the finally, not the guarded block
		}
		h := p.ChildByFieldName("handler")
		if h == nil {
			continue
		}
		if cb := h.ChildByFieldName("body"); cb == nil || js.ExitOf(t, cb).Kind != js.ExitThrow {
			return true
		}
	}
	return false
}
