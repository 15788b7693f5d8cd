package clerkerr_test

import (
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// TestMessages checks that each way of dropping a failure names the call
// and says what drops it.
func TestMessages(t *testing.T) {
	src := `import { createClerkClient } from '@clerk/backend'
const clerk = createClerkClient({ secretKey: process.env.CLERK_SECRET_KEY })
export async function a(id: string) {
  try {
    await clerk.users.banUser(id)
  } catch {}
  return true
}
export async function b(id: string) {
  await clerk.users.lockUser(id).catch(() => null)
  return true
}
export function c(id: string) {
  clerk.sessions.revokeSession(id)
  return true
}
export async function d(ids: string[]) {
  await Promise.allSettled(ids.map((id) => clerk.invitations.revokeInvitation(id)))
  return true
}
`
	root := scantest.WriteTree(t, map[string]string{"package.json": `{"dependencies":{"@clerk/backend":"^2"}}`, "lib/admin.ts": src})
	fs, err := scantest.Engines(engines.JS())(root)
	if err != nil {
		t.Fatal(err)
	}
	want := map[int][]string{
		5:  {"clerk.users.banUser(...)", "the empty catch at line 6 swallows it"},
		10: {"clerk.users.lockUser(...)", "its .catch(() => null) returns null"},
		14: {"clerk.sessions.revokeSession(...) is neither awaited nor returned", "rejection is unhandled"},
		18: {"clerk.invitations.revokeInvitation(...) runs in a Promise.allSettled whose results are never read"},
	}
	got := map[int]string{}
	for _, f := range fs {
		if f.RuleID == ruleid.ClerkErrorIgnored {
			got[f.Line] = f.Message
		}
	}
	for line, parts := range want {
		msg, ok := got[line]
		if !ok {
			t.Errorf("line %d: no finding (got %v)", line, got)
			continue
		}
		for _, p := range parts {
			if !strings.Contains(msg, p) {
				t.Errorf("line %d: message %q lacks %q", line, msg, p)
			}
		}
	}
	if len(got) != len(want) {
		t.Errorf("findings on lines %v, want %d", got, len(want))
	}
}
