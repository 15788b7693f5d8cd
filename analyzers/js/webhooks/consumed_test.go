package webhooks_test

import (
	"strings"
	"testing"

	"github.com/clerklint/clerklint/rules/ruleid"
)

// TestConsumedMessageShort: the request verifyWebhook is given is named on
// one line and cut to a readable length, however it is written.
func TestConsumedMessageShort(t *testing.T) {
	req := "event\n    .requestContextWithAVeryLongNameIndeed\n    .incomingRequest"
	src := "import { verifyWebhook } from '@clerk/nextjs/webhooks'\n" +
		"export async function handle(event) {\n" +
		"  const body = await " + req + ".json()\n" +
		"  const evt = await verifyWebhook(" + req + ")\n" +
		"  return Response.json({ type: evt.type, body })\n}\n"
	fs := scanFiles(t, map[string]string{"package.json": nextPkg, "lib/webhooks.ts": src})
	if len(fs) != 1 || fs[0].RuleID != ruleid.WebhookBodyReparsed {
		t.Fatalf("findings = %v, want one CLK304", fs)
	}
	if want := "before verifyWebhook(event .requestContextWithAVeryLongNam...) on line 6"; !strings.Contains(fs[0].Message, want) {
		t.Errorf("message %q lacks %q", fs[0].Message, want)
	}
}

// TestConsumedDeepNesting is a hostile input: verifyWebhook called inside
// 20,000 nested blocks. Finding its function climbed the parents one by one,
// and tree-sitter finds a parent by descending from the root (O(depth²));
// Tree.EnclosingFunc answers from a table built in one walk. CLK301 is off
// here: TestSwallowedDeepNesting is its own.
func TestConsumedDeepNesting(t *testing.T) {
	const depth = 20000
	src := "import { verifyWebhook } from '@clerk/nextjs/webhooks'\n" +
		"export async function POST(req: Request) {\n" +
		"  const body = await req.json()\n" +
		strings.Repeat("{\n", depth) + "await verifyWebhook(req)" + strings.Repeat("\n}", depth) + "\n" +
		"  return Response.json({ body })\n}\n"
	fs := scanFiles(t, map[string]string{"package.json": nextPkg, ".clerklint.yml": "disable: [CLK301]\n", "app/api/webhooks/route.ts": src})
	if len(fs) != 1 || fs[0].RuleID != ruleid.WebhookBodyReparsed || fs[0].Line != 3 {
		t.Fatalf("findings = %v, want one CLK304 on line 3", fs)
	}
}

// TestSwallowedDeepNesting is a hostile input for CLK301: verifyWebhook
// inside 20,000 nested blocks and 5,000 parentheses, in a try whose catch
// only logs. The try around the call and the node using its value were
// found by climbing Parent() (O(depth²): tree-sitter descends from the root
// for each parent); js.Ancestors finds the path once.
func TestSwallowedDeepNesting(t *testing.T) {
	const depth, parens = 20000, 5000
	src := "import { verifyWebhook } from '@clerk/nextjs/webhooks'\n" +
		"export async function POST(req: Request) {\n" +
		"  let evt\n" +
		"  try {\n" +
		strings.Repeat("{\n", depth) +
		"evt = await " + strings.Repeat("(", parens) + "verifyWebhook(req)" + strings.Repeat(")", parens) +
		strings.Repeat("\n}", depth) + "\n" +
		"  } catch (err) {\n    console.error(err)\n  }\n" +
		"  if (evt.type === 'user.deleted') await deleteUser(evt.data.id)\n" +
		"  return new Response('ok')\n}\n"
	fs := scanFiles(t, map[string]string{"package.json": nextPkg, "app/api/webhooks/route.ts": src})
	if len(fs) != 1 || fs[0].RuleID != ruleid.UnverifiedWebhook || fs[0].Line != 5+depth || !strings.Contains(fs[0].Message, "swallowed") {
		t.Fatalf("findings = %v, want one CLK301 (verification swallowed) on line %d", fs, 5+depth)
	}
}
