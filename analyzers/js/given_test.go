package js

import (
	"fmt"
	"strings"
	"testing"
)

var givenProject = map[string]string{
	"package.json": `{ "dependencies": { "@clerk/nextjs": "^6.0.0", "@prisma/client": "^6.0.0" } }`,
	"lib/db.ts":    "import { PrismaClient } from '@prisma/client'\nexport const db = new PrismaClient()\n",
	"lib/keep.ts": `import { db } from './db'
export async function keep(id: string) {
  await db.log.create({ data: { id } })
}
`,
	"lib/handlers.ts": `import { auth, currentUser } from '@clerk/nextjs/server'
import { db } from './db'
import { keep } from './keep'

export async function presence() {
  const { userId } = await auth()
  if (userId) await db.a.create({ data: { userId } })
  userId && (await db.b.create({ data: { userId } }))
  const s = await auth()
  if (s.userId != null) { await db.c.create({ data: {} }) }
  if (s?.sessionClaims) await db.d.create({ data: {} })
  const u = await currentUser()
  u ? await db.e.create({ data: {} }) : null
  if (!userId) { return } else { await db.f.create({ data: {} }) }
}

export async function absence() {
  const { userId } = await auth()
  if (!userId) await db.a.create({ data: {} })
  if (userId) { } else { await db.b.create({ data: {} }) }
  userId || (await db.c.create({ data: {} }))
  const s = await auth()
  if (s) await db.d.create({ data: {} })
  if (userId === 'u_1' || s.userId) await db.e.create({ data: {} })
}

export async function loose(req: Request) {
  const { userId } = await auth()
  const who = userId || req.headers.get('x-guest')
  if (who) await db.a.create({ data: {} })
  let owner = userId
  owner = owner ?? 'guest'
  if (owner) await db.b.create({ data: {} })
  const alias = who
  if (alias) await db.c.create({ data: {} })
}

export async function helper() {
  const { userId } = await auth()
  if (userId) await keep(userId)
  await keep('x')
}
`,
}

// TestSignedInEffects: an effect is SignedIn only when its call runs
// under a test that a signed-in-only session value is present.
func TestSignedInEffects(t *testing.T) {
	m := newTestModel(t, givenProject)
	mod := m.Module("lib/handlers.ts")
	for _, tc := range []struct {
		fn   string
		want []string // target signedIn
	}{
		{"presence", []string{"db.a.create true", "db.b.create true", "db.c.create true", "db.d.create true", "db.e.create true", "db.f.create true"}},
		{"absence", []string{"db.a.create false", "db.b.create false", "db.c.create false", "db.d.create false", "db.e.create false"}},
		{"loose", []string{"db.a.create false", "db.b.create false", "db.c.create false"}},
		// A helper reached both under the test and without it keeps one,
		// signed-out listing.
		{"helper", []string{"db.log.create false"}},
	} {
		effects, known := m.Effects(mod, mod.Funcs[tc.fn])
		var got []string
		for _, e := range effects {
			got = append(got, fmt.Sprintf("%s %v", e.Target, e.SignedIn))
		}
		if !known || strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: effects %q (known %v), want %q (known)", tc.fn, got, known, tc.want)
		}
	}
}
