package nextjs_test

import (
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// TestManyCredentialLookups is a hostile input: one server action making
// 10,000 requests, each to a URL declared just above it. Reading whose
// credentials a request sends looks each URL's declaration up; the body's
// declarations are indexed once instead of walked once a request.
func TestManyCredentialLookups(t *testing.T) {
	const calls = 10000
	var b strings.Builder
	b.WriteString("'use server'\nexport async function sync(token: string) {\n")
	for range calls {
		b.WriteString("  { const u = `https://api.example.com/x`; await fetch(u, { headers: { Authorization: `Bearer ${token}` } }) }\n")
	}
	b.WriteString("  await fetch('https://api.example.com/y', { headers: { Authorization: `Bearer ${process.env.API_TOKEN}` } })\n}\n")
	root := scantest.WriteTree(t, map[string]string{
		"package.json":   `{"dependencies":{"@clerk/nextjs":"^6","next":"15.0.0"}}`,
		"middleware.ts":  "import { clerkMiddleware } from '@clerk/nextjs/server'\nexport default clerkMiddleware()\n",
		"app/actions.ts": b.String(),
		// a client component imports the action, so Next.js exposes it
		"app/sync-button.tsx": "'use client'\nimport { sync } from './actions'\nexport const SyncButton = () => <button onClick={() => sync('t')}>Sync</button>\n",
	})
	fs, err := scantest.Engines(engines.JS())(root)
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, f := range fs {
		if f.RuleID == ruleid.UnprotectedEndpoint {
			got = append(got, f.Line)
		}
	}
	// The last request sends the app's token: the action lends it.
	if len(got) != 1 || got[0] != 2 {
		t.Fatalf("CLK101 on lines %v, want [2]", got)
	}
}
