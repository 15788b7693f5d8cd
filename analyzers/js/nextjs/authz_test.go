package nextjs_test

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

const authzMiddleware = `import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'
const isApi = createRouteMatcher(['/api/(.*)'])
export default clerkMiddleware(async (auth, req) => {
  if (isApi(req)) await auth.protect()
})
export const config = { matcher: ['/(api|trpc)(.*)'] }
`

// scanProject writes files into a temporary project and returns its findings
// as "file:line RULE message", sorted.
func scanProject(t *testing.T, files map[string]string) []string {
	t.Helper()
	root := scantest.WriteTree(t, files)
	fs, err := scantest.Engines(engines.JS())(root)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range fs {
		out = append(out, f.File+":"+strconv.Itoa(f.Line)+" "+f.RuleID+" "+f.Message)
	}
	sort.Strings(out)
	return out
}

func TestAuthzMessages(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"privileged api", map[string]string{
			"package.json":  `{"dependencies":{"next":"15.5.0","@clerk/nextjs":"^6.39.2"}}`,
			"middleware.ts": authzMiddleware,
			"app/api/users/route.ts": `import { clerkClient } from '@clerk/nextjs/server'
export async function DELETE(req: Request) {
  const { id } = await req.json()
  await (await clerkClient()).users.deleteUser(id)
  return new Response(null, { status: 204 })
}
`}, []string{
			"app/api/users/route.ts:2 CLK201 DELETE /api/users calls users.deleteUser, a privileged Clerk API, on a user other than the signed-in one but checks no role or permission: any signed-in user can do it; check `await auth.protect({ permission: 'org:...' })` or `has({ role: 'org:admin' })` and return 403 first (in the handler, or with a role in clerkMiddleware for its path)",
		}},
		{"self-promotion", map[string]string{
			"package.json":  `{"dependencies":{"next":"15.5.0","@clerk/nextjs":"^6.39.2"}}`,
			"middleware.ts": authzMiddleware,
			"app/api/me/role/route.ts": `import { auth, clerkClient } from '@clerk/nextjs/server'
export async function PATCH(req: Request) {
  const { userId } = await auth()
  if (!userId) return new Response(null, { status: 401 })
  const { role } = await req.json()
  await (await clerkClient()).users.updateUserMetadata(userId, { publicMetadata: { role } })
  return new Response(null, { status: 204 })
}
export async function PUT(req: Request) {
  const { userId } = await auth()
  if (!userId) return new Response(null, { status: 401 })
  const body = await req.json()
  await (await clerkClient()).users.updateUserMetadata(userId, { publicMetadata: { role: body.role } })
  return new Response(null, { status: 204 })
}
export async function POST() {
  const { userId } = await auth()
  if (!userId) return new Response(null, { status: 401 })
  await (await clerkClient()).users.updateUserMetadata(userId, { publicMetadata: { role: 'member', onboarded: true } })
  return new Response(null, { status: 204 })
}
`}, []string{
			"app/api/me/role/route.ts:2 CLK201 PATCH /api/me/role calls users.updateUserMetadata, a privileged Clerk API, on the signed-in user's own role, with a value the request chooses (every user can make themselves admin), but checks no role or permission: any signed-in user can do it; check `await auth.protect({ permission: 'org:...' })` or `has({ role: 'org:admin' })` and return 403 first (in the handler, or with a role in clerkMiddleware for its path)",
			"app/api/me/role/route.ts:9 CLK201 PUT /api/me/role calls users.updateUserMetadata, a privileged Clerk API, on the signed-in user's own role, with a value the request chooses (every user can make themselves admin), but checks no role or permission: any signed-in user can do it; check `await auth.protect({ permission: 'org:...' })` or `has({ role: 'org:admin' })` and return 403 first (in the handler, or with a role in clerkMiddleware for its path)",
		}},
		{"role from unsafeMetadata", map[string]string{
			"package.json":  `{"dependencies":{"next":"15.5.0","@clerk/nextjs":"^6.39.2"}}`,
			"middleware.ts": authzMiddleware,
			"app/api/users/route.ts": `import { clerkClient, currentUser } from '@clerk/nextjs/server'
export async function DELETE(req: Request) {
  const user = await currentUser()
  if (user?.unsafeMetadata.role !== 'admin') return new Response(null, { status: 403 })
  const { id } = await req.json()
  await (await clerkClient()).users.deleteUser(id)
  return new Response(null, { status: 204 })
}
`}, []string{
			"app/api/users/route.ts:2 CLK201 DELETE /api/users calls users.deleteUser, a privileged Clerk API, on a user other than the signed-in one but checks no role or permission (its test of user?.unsafeMetadata.role is no role check: the signed-in user writes that value from the browser, publicMetadata and session claims are set only by your backend): any signed-in user can do it; check `await auth.protect({ permission: 'org:...' })` or `has({ role: 'org:admin' })` and return 403 first (in the handler, or with a role in clerkMiddleware for its path)",
		}},
		{"privileged session api", map[string]string{
			"package.json":  `{"dependencies":{"next":"15.5.0","@clerk/nextjs":"^6.39.2"}}`,
			"middleware.ts": authzMiddleware,
			"app/api/sessions/route.ts": `import { auth, clerkClient } from '@clerk/nextjs/server'
export async function DELETE(req: Request) {
  const { sessionId } = await req.json()
  await (await clerkClient()).sessions.revokeSession(sessionId)
  return new Response(null, { status: 204 })
}
export async function POST() {
  const { sessionId } = await auth()
  await (await clerkClient()).sessions.revokeSession(sessionId!)
  return new Response(null, { status: 204 })
}
`}, []string{
			"app/api/sessions/route.ts:2 CLK201 DELETE /api/sessions calls sessions.revokeSession, a privileged Clerk API, on a session other than the signed-in user's own but checks no role or permission: any signed-in user can do it; check `await auth.protect({ permission: 'org:...' })` or `has({ role: 'org:admin' })` and return 403 first (in the handler, or with a role in clerkMiddleware for its path)",
		}},
		{"client-supplied user id", map[string]string{
			"package.json":  `{"dependencies":{"next":"15.5.0","@clerk/nextjs":"^6.39.2"}}`,
			"middleware.ts": authzMiddleware,
			"app/api/u/[id]/route.ts": `import { clerkClient } from '@clerk/nextjs/server'
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const client = await clerkClient()
  return Response.json(await client.users.getUser((await params).id))
}
`}, []string{
			"app/api/u/[id]/route.ts:4 CLK202 GET /api/u/[id] calls users.getUser with the user id `(await params).id` taken from the request and never compares it with the session's userId: any signed-in user can read or change another user's data by changing the id; use the userId from `await auth()` instead, or compare the two and return 403 when they differ (check a role first for admin tools)",
		}},
		{"v5 has without org prefix", map[string]string{
			"package.json":  `{"dependencies":{"next":"14.2.0","@clerk/nextjs":"^5.7.0"}}`,
			"middleware.ts": authzMiddleware,
			"app/api/admin/route.ts": `import { auth } from '@clerk/nextjs/server'
export async function GET() {
  const { has } = auth()
  if (!has({ role: 'admin' })) return new Response('Forbidden', { status: 403 })
  return Response.json({ ok: true })
}
`}, []string{
			`app/api/admin/route.ts:4 CLK201 "admin" is never a Clerk role or permission, so this has({ role }) check always fails: organization roles and permissions carry the org: prefix; use "org:admin"`,
		}},
		{"config privileged-routes replace the defaults", map[string]string{
			".clerklint.yml": "privileged-routes: ['/api/ops/**']\n",
			"package.json":   `{"dependencies":{"next":"15.5.0","@clerk/nextjs":"^6.39.2"}}`,
			"middleware.ts":  authzMiddleware,
			"app/api/ops/jobs/route.ts": `export async function POST() {
  return Response.json({ started: true })
}
`,
			"app/api/admin/route.ts": `export async function GET() {
  return Response.json({ ok: true })
}
`}, []string{
			"app/api/ops/jobs/route.ts:1 CLK201 route POST /api/ops/jobs is privileged (privileged-routes) but only checks that a user is signed in: check `await auth.protect({ role: 'org:admin' })` or `has({ permission: 'org:...' })` and return 403 in the handler, or protect the path with a role in clerkMiddleware",
		}},
		{"middleware role check", map[string]string{
			"package.json": `{"dependencies":{"next":"15.5.0","@clerk/nextjs":"^6.39.2"}}`,
			"middleware.ts": `import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'
const isAdmin = createRouteMatcher(['/api/admin(.*)'])
export default clerkMiddleware(async (auth, req) => {
  const { has } = await auth()
  if (isAdmin(req) && !has({ permission: 'org:admin:access' })) return new Response('Forbidden', { status: 403 })
  await auth.protect()
})
export const config = { matcher: ['/(api|trpc)(.*)'] }
`,
			"app/api/admin/route.ts": `export async function GET() {
  return Response.json({ ok: true })
}
`,
			"app/api/other/route.ts": `import { clerkClient } from '@clerk/nextjs/server'
export async function POST(req: Request) {
  const client = await clerkClient()
  await client.users.banUser(new URL(req.url).searchParams.get('id')!)
  return Response.json({ ok: true })
}
`}, []string{
			"app/api/other/route.ts:2 CLK201 POST /api/other calls users.banUser, a privileged Clerk API, on a user other than the signed-in one but checks no role or permission: any signed-in user can do it; check `await auth.protect({ permission: 'org:...' })` or `has({ role: 'org:admin' })` and return 403 first (in the handler, or with a role in clerkMiddleware for its path)",
		}},
		{"middleware the analysis cannot read may check the role", map[string]string{
			"package.json": `{"dependencies":{"next":"15.5.0","@clerk/nextjs":"^6.39.2"}}`,
			"middleware.ts": `import { clerkMiddleware } from '@clerk/nextjs/server'
import { handler } from './lib/mw'
export default clerkMiddleware(handler)
`,
			"lib/mw.ts": `export const handler = async () => {}
`,
			"app/api/admin/route.ts": `export async function GET() {
  return Response.json({ ok: true })
}
`}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := scanProject(t, tc.files)
			if len(got) != len(tc.want) {
				t.Fatalf("findings:\n%v\nwant:\n%v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("finding %d:\n got %s\nwant %s", i, got[i], tc.want[i])
				}
			}
		})
	}
}

// The auth argument of clerkMiddleware is async since v6: v5 calls of it,
// and auth.protect() without await, are CLK102 in a v6 app and fine in a v5
// one.
func TestMiddlewareAuthNotAwaited(t *testing.T) {
	mw := `import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'
const isPrivate = createRouteMatcher(['/dashboard(.*)'])
export default clerkMiddleware(async (a, req) => {
  if (isPrivate(req)) a().protect()
  const { userId } = a()
  if (req.nextUrl.pathname === '/x') await a.protect()
  const { orgId } = await a()
  if ((await a()).userId == null) return
  if (req.nextUrl.pathname === '/y') a.protect()
})
export const config = { matcher: ['/((?!_next).*)', '/(api|trpc)(.*)'] }
`
	page := "export default function Page() { return null }\n"
	route := `import { auth } from '@clerk/nextjs/server'
export async function GET() {
  auth.protect()
  return Response.json({ secret: 1 })
}
export async function POST() {
  await auth.protect()
  return Response.json({ secret: 2 })
}
export function PUT() {
  return auth.protect()
}
`
	var got []string
	for _, f := range scanProject(t, map[string]string{
		"package.json":           `{"dependencies":{"next":"15.2.0","@clerk/nextjs":"^6.12.0"}}`,
		"middleware.ts":          mw,
		"app/dashboard/page.tsx": page,
		"app/api/x/route.ts":     route,
	}) {
		if strings.Contains(f, " CLK102 ") {
			got = append(got, f[:strings.Index(f, " CLK102 ")])
		}
	}
	if want := []string{"app/api/x/route.ts:3", "middleware.ts:4", "middleware.ts:5", "middleware.ts:9"}; !slices.Equal(got, want) {
		t.Errorf("v6 findings at %v, want %v", got, want)
	}
	for _, f := range scanProject(t, map[string]string{
		"package.json":           `{"dependencies":{"next":"14.2.0","@clerk/nextjs":"^5.7.0"}}`,
		"middleware.ts":          mw,
		"app/dashboard/page.tsx": page,
		"app/api/x/route.ts":     route,
	}) {
		if strings.Contains(f, " CLK102 ") {
			t.Errorf("v5 app: %s", f)
		}
	}
}

// CLK101 says "no auth check" when nothing after a handler's return could
// check (its only return ends it, or a try's return is followed only by
// its catch's), and "returns before any auth check" when an early return
// skips a later check, in a try or a nested block too; a guard testing an
// async check's promise is named as the check that never exits. (At a URL naming a
// private resource: a GET of unknown effects elsewhere is taken as a
// catalogue's.)
func TestUnprotectedReason(t *testing.T) {
	got := scanProject(t, map[string]string{
		"package.json":  `{"dependencies":{"next":"15.2.0","@clerk/nextjs":"^6.12.0"}}`,
		"middleware.ts": "import { clerkMiddleware } from '@clerk/nextjs/server'\nexport default clerkMiddleware()\n",
		"app/api/notes/route.ts": `import { auth } from '@clerk/nextjs/server'
export async function GET() {
  const rows = await loadRows()
  return Response.json(rows)
}
export async function POST(req: Request) {
  if (req.headers.get('x-preview')) return Response.json(await loadRows())
  await auth.protect()
  return Response.json(await loadRows())
}
`,
		"app/actions/ledger.ts": `'use server'
import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'
import { hasRole } from '../../lib/roles'
export async function addEntry(amount: number, memo: string) {
  await db.connect()
  try {
    await db.entry.create({ data: { amount, memo } })
    return { ok: true }
  } catch (e) {
    return { ok: false }
  }
}
export async function resetLedger() {
  if (!hasRole('admin')) return { error: 'Not authorized' }
  await db.entry.deleteMany({})
  return { ok: true }
}
export async function removeEntry(id: string, force: boolean) {
  if (force) return db.entry.delete({ where: { id } })
  try {
    const { userId } = await auth()
    if (!userId) throw new Error('Unauthorized')
    return await db.entry.delete({ where: { id, ownerId: userId } })
  } catch (e) {
    return null
  }
}
`,
		"lib/roles.ts":        "import { auth } from '@clerk/nextjs/server'\nexport const hasRole = async (role: string) => {\n  const { sessionClaims } = await auth()\n  return sessionClaims?.metadata?.role === role\n}\n",
		"app/ledger/form.tsx": "'use client'\nimport { addEntry, removeEntry, resetLedger } from '../actions/ledger'\nexport function Form() { return <button onClick={() => { addEntry(1, 'x'); removeEntry('a', true); resetLedger() }} /> }\n",
		"app/ledger/page.tsx": "import { Form } from './form'\nexport default function Page() { return <Form /> }\n",
	})
	want := map[string]string{"app/api/notes/route.ts:2": "(no auth check)", "app/api/notes/route.ts:6": "(returns before any auth check)",
		"app/actions/ledger.ts:5": "(no auth check)", "app/actions/ledger.ts:19": "(returns before any auth check)",
		"app/actions/ledger.ts:14": "(its check on line 15 tests the promise hasRole returns without awaiting it"}
	for _, f := range got {
		for at, reason := range want {
			if strings.HasPrefix(f, at+" CLK101 ") {
				if !strings.Contains(f, reason) {
					t.Errorf("%s: want %s", f, reason)
				}
				delete(want, at)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("no CLK101 at %v in %q", want, got)
	}
}
