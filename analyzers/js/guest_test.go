package js

import (
	"fmt"
	"strings"
	"testing"
)

// TestGuestFallback: a session value's literal fallback (`userId ??
// 'demo'`) follows it into a query's filter (Binding.Guest), through a
// local and a helper's parameter; null, undefined and a request value
// are no guest id.
func TestGuestFallback(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"package.json": `{ "dependencies": { "@clerk/nextjs": "^6.0.0", "@prisma/client": "^6.0.0" } }`,
		"lib/db.ts":    "import { PrismaClient } from '@prisma/client'\nexport const db = new PrismaClient()\n",
		"lib/boards.ts": `import { db } from './db'
export async function boardsOf(owner: string) {
  return db.board.findMany({ where: { ownerId: owner } })
}
`,
		"lib/handlers.ts": `import { auth } from '@clerk/nextjs/server'
import { db } from './db'
import { boardsOf } from './boards'

export async function inline() {
  const { userId } = await auth()
  await db.a.findMany({ where: { ownerId: userId ?? 'demo' } })
  await db.b.findMany({ where: { ownerId: userId || 0 } })
}

export async function local() {
  const { userId } = await auth()
  const viewer = userId || 'sample-user'
  await db.a.findMany({ where: { ownerId: viewer } })
  await boardsOf(userId ?? 'demo')
}

export async function none(req: Request) {
  const { userId } = await auth()
  const body = await req.json()
  await db.a.findMany({ where: { ownerId: userId ?? null } })
  await db.b.findMany({ where: { ownerId: userId ?? body.owner } })
  await db.c.findMany({ where: { ownerId: userId } })
}
`,
	})
	mod := m.Module("lib/handlers.ts")
	for _, tc := range []struct {
		fn   string
		want []string // target field=from/guest
	}{
		{"inline", []string{"db.a.findMany ownerId=session/'demo'", "db.b.findMany ownerId=session/0"}},
		{"local", []string{"db.a.findMany ownerId=session/'sample-user'", "db.board.findMany ownerId=session/'demo'"}},
		{"none", []string{"db.a.findMany ownerId=session/", "db.b.findMany ownerId=session/", "db.c.findMany ownerId=session/"}},
	} {
		effects, _ := m.Effects(mod, mod.Funcs[tc.fn])
		var got []string
		for _, e := range effects {
			for _, b := range e.Where {
				got = append(got, fmt.Sprintf("%s %s=%s/%s", e.Target, b.Field, b.From, b.Guest))
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: bindings %q, want %q", tc.fn, got, tc.want)
		}
	}
}
