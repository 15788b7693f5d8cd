package webhooks

import (
	"bytes"
	"fmt"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// checkConsumed runs CLK304 on a Fetch-style receiver that reads the
// request body (req.json(), Hono's c.req.json(), request.text()) before
// handing the same request to Clerk's verifyWebhook: a Request body is a
// stream read once, and verifyWebhook reads it again with request.text(),
// which throws "Body already used" (Hono's c.req.json() reads c.req.raw's
// body), so every delivery fails. Parse the event verifyWebhook returns
// instead.
func (f *file) checkConsumed() {
	t := f.t
	if len(f.verifyFns) == 0 || !bytes.Contains(t.Src, []byte("verifyWebhook")) {
		return
	}
	js.Walk(t.Root(), func(n *sitter.Node) bool {
		if n.Type() != "call_expression" {
			return true
		}
		c := js.CalleeOf(t, n)
		args := n.ChildByFieldName("arguments")
		if len(c.Path) != 0 || f.verifyFns[c.Root] == "" || args == nil || args.NamedChildCount() == 0 {
			return true
		}
		reqNode := js.Unwrap(args.NamedChild(0))
		req := t.Text(reqNode)
		fn := t.EnclosingFunc(n) // the program at top level, which has no body
		if fn == nil || fn.ChildByFieldName("body") == nil {
			return true
		}
		var read *sitter.Node
		ownWalk(fn.ChildByFieldName("body"), func(m *sitter.Node) {
			if read != nil || m.Type() != "call_expression" || m.StartByte() >= n.StartByte() {
				return
			}
			fm := js.Unwrap(m.ChildByFieldName("function"))
			if fm == nil || fm.Type() != "member_expression" || !bodyMethods[memberName(t, fm)] {
				return
			}
			obj := t.Text(js.Unwrap(fm.ChildByFieldName("object")))
			if obj == req || obj+".raw" == req {
				read = m
			}
		})
		if read == nil {
			return true
		}
		f.pass.Report(rules.Finding{RuleID: ruleid.WebhookBodyReparsed, Position: f.pass.Pos(read), Construct: "body-read-before-verify:" + c.Root,
			Related: []rules.Related{{Position: f.pass.Pos(n), Message: "the verifier that reads the body again"}},
			Message: fmt.Sprintf("%s reads the request body before %s(%s) on line %d: a request body is a stream read once, and verifyWebhook reads it again with request.text(), which throws (\"Body already used\"), so every delivery fails verification; drop the early read and use the event verifyWebhook returns (it is the parsed payload)",
				short(t, read), c.Root, short(t, reqNode), f.pass.Pos(n).Line)})
		return true
	})
}
