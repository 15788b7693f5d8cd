package webhooks_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/js/webhooks"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

func TestFixtures(t *testing.T) {
	scantest.RunEngines(t, "../../../testdata/js/webhooks-nextjs", engines.JS())
}

// scanFiles scans a throwaway project and returns the findings of the
// webhook rules.
func scanFiles(t *testing.T, files map[string]string) []rules.Finding {
	t.Helper()
	root := scantest.WriteTree(t, files)
	fs, err := scantest.Engines(engines.JS())(root)
	if err != nil {
		t.Fatal(err)
	}
	var out []rules.Finding
	for _, f := range fs {
		if strings.HasPrefix(f.RuleID, "CLK30") && f.RuleID != "CLK302" {
			out = append(out, f)
		}
	}
	return out
}

const nextPkg = `{"dependencies":{"next":"15.3.0","@clerk/nextjs":"^6.20.0","svix":"^1.44.0"}}`

func TestMessages(t *testing.T) {
	tests := []struct {
		name string
		file string
		src  string
		rule string
		line int
		want string
	}{
		{
			name: "unverified App Router receiver",
			file: "app/api/webhooks/clerk/route.ts",
			src: `export async function POST(req: Request) {
  const evt = await req.json()
  if (evt.type === 'user.deleted') await remove(evt.data.id)
  return new Response('ok')
}
async function remove(id: string) {}
`,
			rule: ruleid.UnverifiedWebhook, line: 3,
			want: "webhook handler POST acts on the payload (evt.type) without verifying its signature (it compares Clerk event types such as 'user.deleted'): the route is public, so anyone can post forged events; verify first with verifyWebhook(req) from '@clerk/nextjs/webhooks' (or new Webhook(secret).verify(rawBody, headers) from 'svix') and return 400 when it throws",
		},
		{
			name: "verification failure swallowed",
			file: "app/api/webhooks/route.ts",
			src: `import { verifyWebhook } from '@clerk/nextjs/webhooks'
export async function POST(req: Request) {
  let evt
  try {
    evt = await verifyWebhook(req)
  } catch (e) {
    console.error(e)
  }
  if (evt?.type === 'user.deleted') console.log(evt.data.id)
  return new Response('ok')
}
`,
			rule: ruleid.UnverifiedWebhook, line: 5,
			want: "webhook handler POST catches the failure of verifyWebhook and goes on: the verification failure is swallowed, so forged events are processed anyway; return a 400 response (or rethrow) from the catch block",
		},
		{
			name: "user.deleted not handled",
			file: "app/api/webhooks/route.ts",
			src: `import { verifyWebhook } from '@clerk/nextjs/webhooks'
export async function POST(req: Request) {
  try {
    const evt = await verifyWebhook(req)
    switch (evt.type) {
      case 'user.updated':
      case 'user.created':
        await db.user.upsert(evt.data)
    }
    return new Response('ok')
  } catch {
    return new Response('bad', { status: 400 })
  }
}
`,
			rule: ruleid.UserDeletedNotHandled, line: 6,
			want: "webhook handles user.created and user.updated but never user.deleted in this module: deleted users' data stays in your database; handle user.deleted by deleting or anonymising the data keyed by evt.data.id",
		},
		{
			name: "Pages Router body parser on",
			file: "pages/api/webhooks/clerk.ts",
			src: `import { Webhook } from 'svix'
export default function handler(req, res) {
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET)
  try {
    wh.verify(JSON.stringify(req.body), req.headers)
  } catch {
    return res.status(400).end()
  }
  res.status(200).end()
}
`,
			rule: ruleid.WebhookBodyReparsed, line: 5,
			want: "Pages Router API route /api/webhooks/clerk verifies the webhook with wh.verify(JSON.stringify(req.body)) but does not export config = { api: { bodyParser: false } }: Next has already parsed req.body, so the verifier never sees the raw bytes Svix signed and deliveries fail (or pass only while re-serialised JSON happens to match); export the config and verify the raw body read with (await buffer(req)).toString() from 'micro' or getRawBody(req)",
		},
		{
			name: "verifyWebhook not awaited",
			file: "app/api/webhooks/route.ts",
			src: `import { verifyWebhook } from '@clerk/nextjs/webhooks'
export async function POST(req: Request) {
  verifyWebhook(req)
  const evt = await req.json()
  return Response.json({ type: evt.type })
}
`,
			rule: ruleid.UnverifiedWebhook, line: 3,
			want: "verifyWebhook(…) is not awaited in webhook handler POST: it returns a promise, so a bad signature neither throws here nor stops the handler; write `const evt = await verifyWebhook(req)` inside try and return 400 from the catch block",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := scanFiles(t, map[string]string{"package.json": nextPkg, tc.file: tc.src})
			if len(fs) != 1 {
				t.Fatalf("findings = %v, want one %s", fs, tc.rule)
			}
			f := fs[0]
			if f.RuleID != tc.rule || f.File != tc.file || f.Line != tc.line || f.Message != tc.want {
				t.Errorf("finding = %s:%d %s\n%q\nwant %s:%d %s\n%q", f.File, f.Line, f.RuleID, f.Message, tc.file, tc.line, tc.rule, tc.want)
			}
		})
	}
}

// TestParamsStrict: an unknown or malformed param is a load error naming the rule.
func TestParamsStrict(t *testing.T) {
	base, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ params, want string }{
		{"      verifier-class: []\n", `verifier-class`},
		{"      event-resources: ['user.x']\n", `params.event-resources.0`},
		{"      verify-functions: [{name: verifyWebhook}]\n", `params.verify-functions.0`},
	} {
		user := `rules:
  - id: CLK301
    slug: unverified-webhook
    title: t
    severity: error
    checklist: security-webhooks
    cwe: CWE-345
    engines: [js]
    rationale: r
    fix: f
    examples: {bad: b, good: g}
    params:
` + tc.params
		set, err := base.WithData("user.yaml", []byte(user))
		if err != nil {
			t.Fatalf("%s: load: %v", tc.params, err)
		}
		_, err = webhooks.New([]*rules.Rule{set.Get(ruleid.UnverifiedWebhook)}, scan.Options{})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("params %q: error %v, want it to mention %s", tc.params, err, tc.want)
		}
	}
}

// TestPrefilter: files with no webhook words and no quoted event type are
// never parsed; the byte scan must still see every event literal form.
func TestPrefilter(t *testing.T) {
	pkg := `{"dependencies":{"express":"^4.21.0","@clerk/express":"^1.7.0"}}`
	src := "import { clerkClient } from '@clerk/express'\nexport function f(req, res) {\n  const evt = req.body\n  if (evt.type === %s) return res.end(evt.data.id)\n}\n"
	for _, lit := range []string{`'user.deleted'`, `"organizationMembership.created"`, "`session.ended`"} {
		fs := scanFiles(t, map[string]string{"package.json": pkg, "server/events.js": fmt.Sprintf(src, lit)})
		if len(fs) != 1 || fs[0].RuleID != ruleid.UnverifiedWebhook {
			t.Errorf("%s: findings = %v, want one CLK301", lit, fs)
		}
	}
	for _, lit := range []string{`'user.'`, `'users.created'`, `user.created`} {
		if fs := scanFiles(t, map[string]string{"package.json": pkg, "server/events.js": fmt.Sprintf(src, lit)}); len(fs) != 0 {
			t.Errorf("%s: findings = %v, want none", lit, fs)
		}
	}
}

// TestOtherServicesEvents: event names other services share are not Clerk
// receivers without Clerk in sight.
func TestOtherServicesEvents(t *testing.T) {
	src := "export function f(req, res) {\n  const evt = req.body\n  if (evt.type === %s) return res.end(evt.data.id)\n}\n"
	for _, tc := range []struct{ pkg, lit string }{
		{`{"dependencies":{"express":"^4.21.0"}}`, `'user.deleted'`},                               // WorkOS-style, no Clerk
		{`{"dependencies":{"express":"^4.21.0","@clerk/express":"^1"}}`, `'subscription.created'`}, // Paddle in a Clerk app
	} {
		if fs := scanFiles(t, map[string]string{"package.json": tc.pkg, "server/events.js": fmt.Sprintf(src, tc.lit)}); len(fs) != 0 {
			t.Errorf("%s with %s: findings = %v, want none", tc.lit, tc.pkg, fs)
		}
	}
}

// TestSuggestionFollowsSDK: an app on @clerk/nextjs v5 has no verifyWebhook
// yet, so the message leads with svix.
func TestSuggestionFollowsSDK(t *testing.T) {
	fs := scanFiles(t, map[string]string{
		"package.json":                       `{"dependencies":{"next":"14.2.0","@clerk/nextjs":"^5.0.0"}}`,
		"src/app/api/clerk/webhook/route.ts": "export const POST = async (req: Request) => {\n  const { data } = await req.json()\n  return Response.json({ id: data.id })\n}\n",
	})
	want := "webhook handler POST acts on the payload (data) without verifying its signature (it serves the webhook route /api/clerk/webhook): the route is public, so anyone can post forged events; verify first with new Webhook(secret).verify(rawBody, headers) from 'svix' (or verifyWebhook(req) from '@clerk/nextjs/webhooks' after upgrading to @clerk/nextjs 6.13+) and return 400 when it throws"
	if len(fs) != 1 || fs[0].Line != 2 || fs[0].Message != want {
		t.Fatalf("findings = %v, want one CLK301 on line 2:\n%q", fs, want)
	}
}

// TestLogOnlyBranch: Clerk's docs sample logs the id of a created user and
// stores nothing, so there is nothing to delete on user.deleted (CLK303 stays
// silent); the same branch writing to a database is reported.
func TestLogOnlyBranch(t *testing.T) {
	const src = `import { verifyWebhook } from '@clerk/nextjs/webhooks'
export async function POST(req: Request) {
  try {
    const evt = await verifyWebhook(req)
    switch (evt.type) {
      case 'user.created':
      case 'user.updated':
        %s
        break
    }
    if (evt.type === 'user.created') {
      %s
    }
    return new Response('ok')
  } catch {
    return new Response('bad', { status: 400 })
  }
}
`
	pkg := `{"dependencies":{"next":"15.5.18","@clerk/nextjs":"^6.39.2"}}`
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"console.log('user', evt.data.id)", "console.log('userId:', evt.data.id)", 0},
		{"console.log('user', evt.data.id)", "await db.user.create({ data: { id: evt.data.id } })", 1},
		{"await db.user.upsert(evt.data)", "console.log('userId:', evt.data.id)", 1},
	} {
		fs := scanFiles(t, map[string]string{"package.json": pkg, "app/api/webhooks/route.ts": fmt.Sprintf(src, tc.a, tc.b)})
		n := 0
		for _, f := range fs {
			if f.RuleID == ruleid.UserDeletedNotHandled {
				n++
			}
		}
		if n != tc.want {
			t.Errorf("%q / %q: %d CLK303 findings (%v), want %d", tc.a, tc.b, n, fs, tc.want)
		}
	}
}

// TestExpressOrderAlone: CLK304's Express form knows verifyWebhook from its
// own params, so it reports with CLK301 disabled, and stays silent for the
// correct order.
func TestExpressOrderAlone(t *testing.T) {
	const src = `import express from 'express'
import { verifyWebhook } from '@clerk/express/webhooks'
const app = express()
%s
app.post('/api/webhooks', express.raw({ type: 'application/json' }), async (req, res) => {
  const evt = await verifyWebhook(req)
  res.send('ok')
})
%s
`
	for _, tc := range []struct {
		before, after string
		want          int
	}{
		{"app.use(express.json())", "", 1},
		{"", "app.use(express.json())", 0},
	} {
		fs := scanFiles(t, map[string]string{
			".clerklint.yml": "disable: [CLK301]\n",
			"package.json":   `{"dependencies":{"express":"^4.21.0","@clerk/express":"^1.7.0"}}`,
			"server.ts":      fmt.Sprintf(src, tc.before, tc.after),
		})
		if len(fs) != tc.want || tc.want == 1 && (fs[0].RuleID != ruleid.WebhookBodyReparsed || fs[0].Line != 5) {
			t.Errorf("%q before, %q after: findings = %v, want %d CLK304 on line 5", tc.before, tc.after, fs, tc.want)
		}
	}
}
