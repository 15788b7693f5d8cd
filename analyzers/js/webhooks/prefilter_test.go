package webhooks

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
)

// TestPrefilterSkipsTheWordWebhook: "webhook" is a common word in
// identifiers and comments; a file is parsed only for a receiver's own
// tokens, an event literal or a Clerk webhook path, so codebases that say
// "webhook" everywhere are not parsed file by file (a generated monorepo
// went from 78 s to about 1 s).
func TestPrefilterSkipsTheWordWebhook(t *testing.T) {
	c := builtinChecker(t)
	for _, tc := range []struct {
		path, src string
		want      bool
	}{
		{"lib/notify.ts", "// send the webhook after the order\nexport const webhookUrl = cfg.webhook", false},
		{"app/api/webhooks/stripe/route.ts", "import Stripe from 'stripe'\nexport async function POST(req) {}", false},
		{"app/api/webhooks/route.ts", "import { verifyWebhook } from '@clerk/nextjs/webhooks'", true},
		{"app/api/webhooks/route.ts", "import { clerkClient } from '@clerk/nextjs/server'", true},
		{"app/api/webhooks/clerk/route.ts", "export async function POST(req) {}", true},
		{"pages/api/webhook.ts", "import { getAuth } from '@clerk/nextjs/server'", true},
		{"src/server/loadArchivedWebhook273.ts", "import { auth } from '@clerk/nextjs/server'", false},
		{"server/hooks.js", "import { Webhook } from 'svix'", true},
		{"server/hooks.js", "const id = req.headers['webhook-id']", true},
		{"server/events.js", "if (evt.type === 'user.deleted') {}", true},
	} {
		if got := c.prefilter(tc.path, []byte(tc.src)); got != tc.want {
			t.Errorf("prefilter(%s, %q) = %v, want %v", tc.path, tc.src, got, tc.want)
		}
	}
}

// TestEventLiteral: a quoted Clerk event type is a resource right after a
// quote, a dot, letters and a quote (of any kind), nothing longer or shorter.
func TestEventLiteral(t *testing.T) {
	c := builtinChecker(t)
	for src, want := range map[string]bool{
		"'user.created'":                   true,
		"x === \"session.ended\"":          true,
		"`organizationMembership.created`": true,
		"'user.created\"":                  true,
		"'user.c'":                         true,
		"'user.'":                          false,
		"'user.created":                    false,
		"user.created'":                    false,
		"'xuser.created'":                  false,
		"'user.created_at'":                false,
		"'user.createdAt2'":                false,
		"'users.created'":                  false,
		"const user = 'a'; user.created()": false,
		"'a' + 'b' + user.x + 'y'":         false,
	} {
		if got := c.eventLiteral([]byte(src)); got != want {
			t.Errorf("eventLiteral(%q) = %v, want %v", src, got, want)
		}
	}
}

// builtinChecker is the checker of the built-in webhook rules.
func builtinChecker(t *testing.T) *checker {
	t.Helper()
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	jc, err := New(set.ByEngine("js"), scan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return jc.(*checker)
}
