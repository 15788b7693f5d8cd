package nextjs_test

import (
	"strings"
	"testing"
)

// TestSessionNotCheckedFix: CLK102 suggests the exit each kind of handler
// writes: a Response in a route handler, res.status(401) in a Pages Router API
// route (which has no Response to return), a throw in a server action.
func TestSessionNotCheckedFix(t *testing.T) {
	fs := scanProject(t, map[string]string{
		"package.json": `{"dependencies":{"next":"15.5.18","@clerk/nextjs":"^6.39.2"}}`,
		"middleware.ts": `import { clerkMiddleware } from '@clerk/nextjs/server'
export default clerkMiddleware()
export const config = { matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ttf|woff2?|ico|csv|docx?|xlsx?|zip|webmanifest)).*)', '/(api|trpc)(.*)'] }
`,
		"app/api/notes/route.ts": `import { auth } from '@clerk/nextjs/server'
export async function GET() {
  const { userId } = await auth()
  return Response.json({ userId })
}
`,
		"pages/api/notes.ts": `import { getAuth } from '@clerk/nextjs/server'
export default function handler(req, res) {
  const { userId } = getAuth(req)
  res.status(200).json({ userId })
}
`,
		"app/actions.ts": `'use server'
import { auth } from '@clerk/nextjs/server'
export async function save(data: FormData) {
  const { userId } = await auth()
  console.log(userId, data)
}
`,
	})
	want := map[string]string{
		"app/api/notes/route.ts:2 CLK102": "GET reads userId but never returns or throws when it is missing (returns before checking userId): signed-out requests run the handler; add `if (!userId) return new Response('Unauthorized', { status: 401 })` right after reading it",
		"pages/api/notes.ts:2 CLK102":     "the default export reads userId but never returns or throws when it is missing (userId from getAuth is not checked with an exit): signed-out requests run the handler; add `if (!userId) return res.status(401).json({ error: 'Unauthorized' })` right after reading it",
		"app/actions.ts:3 CLK102":         "save reads userId but never returns or throws when it is missing (userId from auth is not checked with an exit): signed-out requests run the handler; add `if (!userId) throw new Error('Unauthorized')` right after reading it",
	}
	for _, f := range fs {
		for k, msg := range want {
			if strings.HasPrefix(f, k+" ") {
				if got := strings.TrimPrefix(f, k+" "); got != msg {
					t.Errorf("%s:\n got %s\nwant %s", k, got, msg)
				}
				delete(want, k)
			}
		}
	}
	for k := range want {
		t.Errorf("no finding %s; findings: %q", k, fs)
	}
}
