package js

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/endpoint"
)

// TestChainOneEffect: the links of one query chain are one effect, the
// outermost call's (table and filter), for a chain in a helper as in the
// handler.
func TestChainOneEffect(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"package.json":  `{"dependencies":{"@clerk/nextjs":"^6","drizzle-orm":"^0.36.0"}}`,
		"tsconfig.json": `{"compilerOptions":{"paths":{"@/*":["./*"]}}}`,
		"db.ts": `import { drizzle } from 'drizzle-orm/node-postgres'
import { pgTable, text } from 'drizzle-orm/pg-core'
export const likes = pgTable('likes', { userId: text('user_id'), postId: text('post_id') })
export const db = drizzle(process.env.DATABASE_URL!)
`,
		"app/api/x/route.ts": `import { and, eq } from 'drizzle-orm'
import { auth } from '@clerk/nextjs/server'
import { db, likes } from '@/db'
async function likesOf(userId: string) {
  return db.select().from(likes).where(eq(likes.userId, userId))
}
export async function GET(req: Request) {
  const { userId } = await auth()
  const mine = await likesOf(userId!)
  const theirs = await likesOf(new URL(req.url).searchParams.get('u')!)
  await db.delete(likes).where(and(eq(likes.userId, userId!), eq(likes.postId, 'p1')))
  return Response.json({ mine, theirs })
}
`,
	})
	mod := m.Module("app/api/x/route.ts")
	effects, _ := m.Effects(mod, mod.Funcs["GET"])
	reads, writes := 0, 0
	for _, f := range effects {
		if unnamed(f) {
			t.Errorf("%s at %v names no table: a chain link listed on its own", f.Target, f.At)
		}
		switch f.Kind {
		case endpoint.DBRead:
			reads++
		case endpoint.DBWrite:
			writes++
		}
	}
	if reads != 1 || writes != 1 {
		t.Errorf("%d reads and %d writes, want one of each: %+v", reads, writes, effects)
	}
}
