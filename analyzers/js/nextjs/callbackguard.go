package nextjs

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
)

// guardedCallbacks are library calls that run one of their callback options
// before acting for the caller and refuse when it throws. Vercel Blob's
// handleUpload calls onBeforeGenerateToken before it issues a client upload
// token (its other event, upload-completed, carries Vercel's signature, which
// handleUpload verifies), so the documented client-upload route checks the
// session there, not at its top.
var guardedCallbacks = []struct{ module, name, option string }{
	{"@vercel/blob/client", "handleUpload", "onBeforeGenerateToken"},
}

// callbackGuarded reports that the exported handler name passes such a
// callback that throws unless a user is signed in (a callback that returns
// when signed out lets the token through, and does not count).
func (c *checker) callbackGuarded(pass *js.Pass, mod *js.Module, name string) bool {
	option := map[string]string{} // local name of the call → its guarding option
	for local, in := range mod.Locals {
		for _, g := range guardedCallbacks {
			if in != nil && !in.TypeOnly && in.Import != nil && in.Import.Spec == g.module && in.Imported == g.name {
				option[local] = g.option
			}
		}
	}
	if len(option) == 0 {
		return false
	}
	t, err := pass.Tree()
	if err != nil {
		return false
	}
	fn := handlerNode(mod, name, funcIndex(t))
	if fn == nil {
		return false
	}
	guarded := false
	js.Walk(fn, func(n *sitter.Node) bool {
		if guarded || n.Type() != "call_expression" {
			return !guarded
		}
		f, args := n.ChildByFieldName("function"), n.ChildByFieldName("arguments")
		if f == nil || args == nil || args.NamedChildCount() == 0 {
			return true
		}
		opt, ok := option[t.Text(js.Unwrap(f))]
		if !ok {
			return true
		}
		obj := js.Unwrap(args.NamedChild(0))
		if obj.Type() != "object" {
			return true
		}
		for i := 0; i < int(obj.NamedChildCount()); i++ {
			p := obj.NamedChild(i)
			var cb *js.Func
			switch p.Type() {
			case "pair":
				k, v := p.ChildByFieldName("key"), p.ChildByFieldName("value")
				if k == nil || v == nil || js.Unquote(t, k) != opt {
					continue
				}
				if v = js.Unwrap(v); isFunc(v) {
					cb = js.SummarizeFunc(t, v, opt)
				} else if v.Type() == "identifier" {
					cb = mod.Funcs[t.Text(v)]
				}
			case "method_definition":
				if k := p.ChildByFieldName("name"); k != nil && t.Text(k) == opt {
					cb = js.SummarizeFunc(t, p, opt)
				}
			}
			if cb != nil && pass.Model.HelperProtection(mod, cb, &c.spec).Protected {
				guarded = true
			}
		}
		return !guarded
	})
	return guarded
}
