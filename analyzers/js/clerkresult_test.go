package js

import (
	"fmt"
	"strings"
	"testing"
)

// TestClerkResultMethods: a method called on what a Clerk Backend API
// call returned (`(await clerkClient.users.getUserList(q)).map(f)`) is no
// Clerk call of its own (its name, map, would read as a write), while
// v6's `(await clerkClient()).users.deleteUser(id)` still is one.
func TestClerkResultMethods(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"package.json": `{ "dependencies": { "@clerk/nextjs": "^6.0.0" } }`,
		"lib/handlers.ts": `import { clerkClient } from '@clerk/nextjs/server'

export async function listed(ids: string[]) {
  const people = (await clerkClient.users.getUserList({ userId: ids })).map((u) => u.id)
  return people
}

export async function removed(id: string) {
  const client = await clerkClient()
  await client.users.deleteUser(id)
  await (await clerkClient()).users.deleteUser(id)
}
`,
	})
	mod := m.Module("lib/handlers.ts")
	for _, tc := range []struct {
		fn   string
		want []string // target writes
	}{
		{"listed", []string{"clerkClient.users.getUserList false"}},
		{"removed", []string{"clerkClient.users.deleteUser true", "clerkClient.users.deleteUser true"}},
	} {
		effects, _ := m.Effects(mod, mod.Funcs[tc.fn])
		var got []string
		for _, e := range effects {
			got = append(got, fmt.Sprintf("%s %v", e.Target, e.Writes()))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: effects %q, want %q", tc.fn, got, tc.want)
		}
	}
}
