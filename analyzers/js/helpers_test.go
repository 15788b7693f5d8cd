package js

import (
	"strings"
	"testing"
)

// testSpec mirrors the Next.js defaults a rule would declare in YAML.
var testSpec = &AuthSpec{
	Checks: []FuncRef{
		{Module: "@clerk/nextjs/server", Name: "auth"},
		{Module: "@clerk/nextjs/server", Name: "currentUser"},
		{Module: "@clerk/nextjs/server", Name: "getAuth"},
	},
	Protects: []FuncRef{
		{Module: "@clerk/nextjs/server", Name: "auth.protect"},
		{Module: "@clerk/nextjs/server", Name: "auth().protect"},
		{Module: "@clerk/nextjs/server", Name: "verifyToken"},
	},
	Exits:    []string{"redirect", "permanentRedirect", "notFound", "unauthorized", "forbidden", "redirectToSignIn", "redirectToSignUp"},
	Wrappers: []FuncRef{{Module: "@acme/published-auth", Name: "withSession", Param: 0}},
}

var helperProject = map[string]string{
	"package.json":  `{"name":"web","dependencies":{"next":"15","@clerk/nextjs":"^6"}}`,
	"tsconfig.json": `{"compilerOptions":{"paths":{"@/*":["./src/*"]}}}`,
	"src/lib/auth.ts": `import { auth, currentUser } from '@clerk/nextjs/server'
import { redirect } from 'next/navigation'

export async function requireUser() {
  const user = await currentUser()
  if (!user) redirect('/sign-in')
  return user
}

export const getCurrentUserOrThrow = async () => {
  const { userId } = await auth()
  if (!userId) {
    throw new Error('unauthenticated')
  }
  return userId
}

// Returns null when signed out: its caller must check.
export async function getUserId() {
  const { userId } = await auth()
  if (!userId) return null
  return userId
}

export const session = () => auth()

export async function protectPage() {
  await auth.protect()
}

// Swallows the failure: not protection.
export async function tryProtect() {
  try { await auth.protect() } catch {}
}

// The catch block exits: the check inside the try protects.
export async function tryProtectThrows() {
  try {
    await auth.protect()
  } catch (err) {
    console.error(err)
    throw new Error('unauthenticated')
  }
}

// A catch that returns hands back to the caller: a helper is not protected.
export async function tryProtectReturns() {
  try { await auth.protect() } catch { return null }
}

// An inner catch swallows what the outer catch would have stopped.
export async function tryNested() {
  try {
    try { await auth.protect() } catch {}
  } catch { throw new Error('x') }
}

// Returns early on a path without a check.
export async function maybe(x: boolean) {
  if (x) return 'anon'
  await auth.protect()
}

export async function logsOnly() {
  const { userId } = await auth()
  if (!userId) console.log('signed out')
}

export async function requireAdmin() {
  const userId = await getCurrentUserOrThrow()
  return userId
}

// Clerk's basic RBAC guide: false when signed out (no claims), a check.
export const checkRole = async (role: string) => {
  const { sessionClaims } = await auth()
  return sessionClaims?.metadata.role === role
}

export const isAdmin = async () => (await auth()).sessionClaims?.metadata?.role === 'admin'

export async function hasBilling() {
  const { has } = await auth()
  return has({ permission: 'org:billing:manage' })
}

export async function isStaff() {
  const { sessionClaims } = await auth()
  const role = sessionClaims?.metadata?.role
  return role === 'admin' || role === 'staff' ? true : false
}

export async function isModerator() {
  const { sessionClaims } = await auth()
  const role = sessionClaims?.metadata?.role
  return role === 'moderator'
}

// True when signed out: testing !isSignedOut() does not protect.
export async function isSignedOut() {
  const { userId } = await auth()
  return userId === null
}

export async function notAdmin() {
  const { sessionClaims } = await auth()
  return sessionClaims?.metadata?.role !== 'admin'
}

// Its first return is true for everyone.
export async function devOrUser() {
  if (process.env.NODE_ENV === 'development') return true
  const { userId } = await auth()
  return userId
}

export async function loopA(): Promise<void> { return loopB() }
export async function loopB(): Promise<void> { return loopA() }
`,
	"src/lib/with-auth.ts": `import { auth } from '@clerk/nextjs/server'
import type { NextRequest } from 'next/server'

export function withAuth(handler: (req: NextRequest) => Promise<Response>) {
  return async (req: NextRequest) => {
    const { userId } = await auth()
    if (!userId) return new Response('unauthorized', { status: 401 })
    return handler(req)
  }
}

export const withAuthArrow = (handler: any) => async (req: Request) => {
  await auth.protect()
  return handler(req)
}

// Calls the handler first: not a wrapper.
export function withLogging(handler: any) {
  return async (req: Request) => {
    const res = await handler(req)
    await auth.protect()
    return res
  }
}
`,
	"src/lib/index.ts":  "export * from './auth'\nexport { withAuth as guarded } from './with-auth'\n",
	"src/lib/clerk.ts":  "export { auth as clerkAuth, currentUser } from '@clerk/nextjs/server'\n",
	"src/lib/barrel.ts": "import * as authz from './auth'\nexport { authz }\n",
	"src/app/api/fallback/route.ts": `import { auth } from '@clerk/nextjs/server'

export async function GET() {
  const { userId } = (await auth()) || {}
  if (!userId) return new Response('Unauthorized', { status: 401 })
  return Response.json({ userId })
}

export async function POST() {
  const { userId } = (await auth()) ?? { userId: 'guest' }
  if (!userId) return new Response('Unauthorized', { status: 401 })
  return Response.json({ userId })
}
`,
	"src/app/api/a/route.ts": `import { requireUser } from '@/lib'
export async function GET() {
  const user = await requireUser()
  return Response.json(user)
}`,
	"src/app/api/b/route.ts": `import { getUserId } from '@/lib/auth'
export async function GET() {
  const userId = await getUserId()
  if (!userId) return new Response(null, { status: 401 })
  return Response.json(userId)
}
export async function POST() {
  const userId = await getUserId()
  return Response.json(userId)
}`,
	"src/app/api/c/route.ts": `import { guarded } from '@/lib'
import { withAuthArrow, withLogging } from '../../../lib/with-auth'
import { withSession } from '@acme/published-auth'
export const GET = guarded(async (req) => Response.json({}))
export const POST = withAuthArrow(handler)
export const PUT = withLogging(async () => Response.json({}))
export const DELETE = withSession(async () => Response.json({}))
async function handler() { return Response.json({}) }
`,
	"src/app/api/d/route.ts": `import { clerkAuth } from '@/lib/clerk'
import * as lib from '@/lib/auth'
export async function GET() {
  const { userId, redirectToSignIn } = await clerkAuth()
  if (!userId) return redirectToSignIn()
  return Response.json({})
}
export async function POST() {
  await lib.protectPage()
  return Response.json({})
}
export async function PUT() {
  if (!(await lib.session()).userId) return new Response(null, { status: 401 })
  return Response.json({})
}
export async function PATCH() {
  const s = await clerkAuth()
  if (!s.userId) return new Response(null, { status: 401 })
  return Response.json({})
}
export async function DELETE() {
  const { userId } = await clerkAuth()
  return Response.json({ userId })
}
`,
	"src/app/api/t/route.ts": `import { auth, verifyToken } from '@clerk/nextjs/server'
import { redirect } from 'next/navigation'
export async function GET(req: Request) {
  try {
    const claims = await verifyToken(req.headers.get('authorization') ?? '', { secretKey: 'x' })
    return Response.json(claims)
  } catch {
    return new Response(null, { status: 401 })
  }
}
export async function POST(req: Request) {
  try {
    await verifyToken(req.headers.get('authorization') ?? '', { secretKey: 'x' })
  } catch (e) {
    console.error(e)
  }
  return Response.json({})
}
export async function PUT() {
  try {
    const { userId } = await auth()
    if (!userId) throw new Error('signed out')
    return Response.json({ userId })
  } catch {
    return new Response(null, { status: 401 })
  }
}
export async function PATCH() {
  try {
    const { userId } = await auth()
    if (!userId) throw new Error('signed out')
  } catch {}
  return Response.json({})
}
export async function DELETE() {
  try {
    const { userId } = await auth()
    if (!userId) redirect('/sign-in')
  } catch (e) {
    console.error(e)
  }
  return Response.json({})
}
export async function HEAD() {
  try {
    const { userId } = await auth()
    if (!userId) redirect('/sign-in')
    return Response.json({})
  } catch (e) {
    return new Response(null, { status: 500 })
  }
}
export async function weakInTry() {
  try {
    const { userId } = await auth()
    if (!userId) console.warn('anonymous')
    return Response.json({})
  } catch {
    return new Response(null, { status: 500 })
  }
}
`,
	"src/app/api/e/route.ts": `import { auth } from '@clerk/nextjs/server'
import { checkRole, devOrUser, isSignedOut } from '@/lib/auth'
export async function GET() {
  try {
    const { userId } = await auth()
    if (!userId) return new Response(null, { status: 401 })
    return Response.json({ userId })
  } catch (err) {
    return new Response('error', { status: 500 })
  }
}
export async function POST() {
  try {
    await auth.protect()
  } catch (err) {
    console.error(err)
  }
  return Response.json({})
}
export async function PUT() {
  try {
    const { userId } = await auth.protect()
    return Response.json({ userId })
  } catch (err) {
    return new Response('error', { status: 500 })
  }
}
export async function PATCH() {
  try {
    const { userId } = await auth()
    return Response.json({ userId })
  } catch {
    return new Response('error', { status: 500 })
  }
}
export async function DELETE() {
  if (!(await checkRole('admin'))) return new Response(null, { status: 403 })
  return Response.json({})
}
export async function HEAD() {
  if (!(await isSignedOut())) return new Response(null, { status: 401 })
  return Response.json({})
}
export async function OPTIONS() {
  const ok = await devOrUser()
  if (!ok) return new Response(null, { status: 401 })
  return Response.json({})
}
`,
	"src/app/api/f/route.ts": `import { auth } from '@clerk/nextjs/server'
import { redirect } from 'next/navigation'
export async function GET() {
  const { has } = await auth()
  const hasGold = has({ plan: 'gold' })
  if (!hasGold) return new Response(null, { status: 402 })
  return Response.json({})
}
export async function POST() {
  const { sessionClaims } = await auth()
  const role = sessionClaims?.metadata?.role
  if (role !== 'admin' && role !== 'moderator') return new Response(null, { status: 403 })
  return Response.json({})
}
export async function PUT() {
  const { sessionClaims } = await auth()
  if (sessionClaims?.metadata?.role !== 'admin') redirect('/')
  return Response.json({})
}
export async function PATCH() {
  const { userId } = await auth()
  const label = userId ?? 'anonymous'
  if (!label) return new Response(null, { status: 401 })
  return Response.json({})
}
export async function DELETE() {
  const { sessionClaims, userId } = await auth()
  const role = sessionClaims?.metadata?.role
  if (role !== 'admin' && !userId) return new Response(null, { status: 403 })
  return Response.json({})
}
`,
	"src/app/api/cron/route.ts": `export async function GET(req: Request) {
  if (req.headers.get('authorization') !== ` + "`Bearer ${process.env.CRON_SECRET}`" + `) {
    return new Response('Unauthorized', { status: 401 })
  }
  return Response.json({})
}
export async function POST(req: Request) {
  if (process.env.NODE_ENV !== 'production') return Response.json({ debug: true })
  return Response.json({})
}
export async function PUT(req: Request) {
  const key = req.headers.get('x-api-key')
  if (!key || key !== process.env.INTERNAL_API_KEY) return new Response(null, { status: 401 })
  return Response.json({})
}
`,
	"src/app/api/g/route.ts": `import { auth } from '@clerk/nextjs/server'
export async function POST(req: Request) {
  let body
  try {
    body = await req.json()
  } catch {
    return Response.json({ error: 'Invalid JSON' }, { status: 400 })
  }
  await auth.protect()
  return Response.json(body)
}
export async function GET(req: Request) {
  if (req.headers.get('x-limited')) {
    return new Response('Too many requests', { status: 429 })
  }
  await auth.protect()
  return Response.json({})
}
export async function PUT(req: Request) {
  if (req.headers.get('x-debug')) {
    return Response.json({ debug: true })
  }
  await auth.protect()
  return Response.json({})
}
export async function PATCH(req: Request) {
  if (req.headers.get('x-debug')) {
    return Response.json({ debug: await req.text() }, { status: 200 })
  }
  await auth.protect()
  return Response.json({})
}
`,
	"src/pages/api/legacy.ts": `import { getAuth } from '@clerk/nextjs/server'
export default function handler(req, res) {
  if (req.headers['x-blocked']) {
    return res.status(403).json({ error: 'blocked' })
  }
  const { userId } = getAuth(req)
  if (!userId) return res.status(401).end()
  return res.json({ userId })
}
`,
	"src/app/dashboard/page.tsx": `import { auth } from '@clerk/nextjs/server'
export default async function Page() {
  const { isAuthenticated, redirectToSignIn } = await auth()
  if (!isAuthenticated) redirectToSignIn()
  return <div />
}`,
}

func TestHelperSummaries(t *testing.T) {
	m := newTestModel(t, helperProject)
	for name, want := range map[string]HelperKind{
		"requireUser":           Protects,
		"getCurrentUserOrThrow": Protects,
		"getUserId":             Check,
		"session":               Check,
		"protectPage":           Protects,
		"tryProtect":            NotAuth,
		"tryProtectThrows":      Protects,
		"tryProtectReturns":     Check,
		"tryNested":             NotAuth,
		"maybe":                 NotAuth,
		"logsOnly":              NotAuth,
		"requireAdmin":          Protects, // through another helper
		"loopA":                 NotAuth,  // recursion terminates
		"checkRole":             Check,    // returns a claim comparison
		"isAdmin":               Check,    // (await auth()).sessionClaims?… === 'admin'
		"hasBilling":            Check,    // returns has(…)
		"isModerator":           Check,    // through const role = sessionClaims?.…
		"isStaff":               NotAuth,  // a ternary is not read
		"isSignedOut":           NotAuth,  // true when signed out
		"notAdmin":              NotAuth,  // true when signed out
		"devOrUser":             NotAuth,  // returns true first
	} {
		h := m.HelperOf("src/lib/auth.ts", name, testSpec)
		if h.Kind != want {
			t.Errorf("%s: %v (%s), want %v", name, h.Kind, h.By, want)
		}
	}
	// Through export * and a renamed re-export, and a package re-export.
	if h := m.HelperOf("src/lib/index.ts", "requireUser", testSpec); h.Kind != Protects || h.File != "src/lib/auth.ts" {
		t.Errorf("re-exported requireUser: %+v", h)
	}
	if h := m.HelperOf("src/lib/index.ts", "guarded", testSpec); h.Kind != Wrapper || len(h.Params) != 1 || h.Params[0] != 0 {
		t.Errorf("guarded: %+v", h)
	}
	if h := m.HelperOf("src/lib/with-auth.ts", "withAuthArrow", testSpec); h.Kind != Wrapper {
		t.Errorf("withAuthArrow: %+v", h)
	}
	if h := m.HelperOf("src/lib/with-auth.ts", "withLogging", testSpec); h.Kind == Wrapper {
		t.Errorf("withLogging calls the handler before checking, yet: %+v", h)
	}
	if h := m.HelperOf("src/lib/clerk.ts", "clerkAuth", testSpec); h.Kind != Check {
		t.Errorf("clerkAuth re-export of auth: %+v", h)
	}
}

func TestHandlerProtection(t *testing.T) {
	m := newTestModel(t, helperProject)
	for _, c := range []struct {
		file, export string
		want         bool
	}{
		{"src/app/api/a/route.ts", "GET", true},
		{"src/app/api/b/route.ts", "GET", true},
		{"src/app/api/b/route.ts", "POST", false},
		{"src/app/api/c/route.ts", "GET", true},
		{"src/app/api/c/route.ts", "POST", true},
		{"src/app/api/c/route.ts", "PUT", false},
		{"src/app/api/c/route.ts", "DELETE", true}, // declared wrapper from YAML
		{"src/app/api/d/route.ts", "GET", true},
		{"src/app/api/d/route.ts", "POST", true},
		{"src/app/api/d/route.ts", "PUT", true},
		{"src/app/api/d/route.ts", "PATCH", true},
		{"src/app/api/d/route.ts", "DELETE", false},
		{"src/app/api/t/route.ts", "GET", true},        // verifyToken in a try whose catch returns 401
		{"src/app/api/t/route.ts", "POST", false},      // the catch swallows the failure
		{"src/app/api/t/route.ts", "PUT", true},        // the guard's throw lands in a catch that returns
		{"src/app/api/t/route.ts", "PATCH", false},     // ... or in one that swallows it
		{"src/app/api/t/route.ts", "DELETE", false},    // redirect() throws into a catch that swallows it
		{"src/app/api/t/route.ts", "HEAD", true},       // ... or into one that returns
		{"src/app/api/t/route.ts", "weakInTry", false}, // a guard that only logs, whatever the catch does
		{"src/app/dashboard/page.tsx", "default", true},
		{"src/app/api/e/route.ts", "GET", true},          // a returning check inside try
		{"src/app/api/e/route.ts", "POST", false},        // the catch swallows auth.protect()'s throw
		{"src/app/api/e/route.ts", "PUT", true},          // the catch returns: the throw ends the request
		{"src/app/api/e/route.ts", "PATCH", false},       // no check in the try
		{"src/app/api/e/route.ts", "DELETE", true},       // !(await checkRole('admin'))
		{"src/app/api/e/route.ts", "HEAD", false},        // !(await isSignedOut()) passes signed-out users
		{"src/app/api/e/route.ts", "OPTIONS", false},     // devOrUser returns true first
		{"src/app/api/g/route.ts", "POST", true},         // the catch answers 400: not a way around the check
		{"src/app/api/g/route.ts", "GET", true},          // an early 429
		{"src/app/api/g/route.ts", "PUT", true},          // an early 200 with fixed data hands out nothing
		{"src/app/api/g/route.ts", "PATCH", false},       // an early 200 with what the request sent: not fixed
		{"src/pages/api/legacy.ts", "default", true},     // an early res.status(403)
		{"src/app/api/f/route.ts", "GET", true},          // const hasGold = has({ plan }); if (!hasGold)
		{"src/app/api/f/route.ts", "POST", true},         // role !== 'admin' && role !== 'moderator'
		{"src/app/api/f/route.ts", "PUT", true},          // sessionClaims?.metadata?.role !== 'admin' → redirect
		{"src/app/api/f/route.ts", "PATCH", false},       // userId ?? 'anonymous' is never missing
		{"src/app/api/f/route.ts", "DELETE", false},      // && of tests on different names
		{"src/app/api/fallback/route.ts", "GET", true},   // (await auth()) || {}: the fallback holds no userId either
		{"src/app/api/fallback/route.ts", "POST", false}, // a fallback object with a value is not the auth state
	} {
		mod := m.Module(c.file)
		p := m.ExportProtection(mod, c.export, testSpec)
		if p.Protected != c.want {
			t.Errorf("%s %s: protected=%v (by %q, reason %q), want %v", c.file, c.export, p.Protected, p.By, p.Reason, c.want)
		}
	}
	mod := m.Module("src/app/api/d/route.ts")
	if p := m.ExportProtection(mod, "DELETE", testSpec); len(p.Unchecked) != 1 || p.Unchecked[0] != "userId" {
		t.Errorf("DELETE unchecked = %+v", p)
	}
	mod = m.Module("src/app/api/cron/route.ts")
	for name, want := range map[string]bool{"GET": true, "POST": false, "PUT": true} {
		if p := m.ExportProtection(mod, name, testSpec); p.Protected || p.Secret != want {
			t.Errorf("cron %s: %+v, want Secret %v and not Protected", name, p, want)
		}
	}
	mod = m.Module("src/app/api/e/route.ts")
	if p := m.ExportProtection(mod, "PATCH", testSpec); len(p.Unchecked) != 1 || p.Unchecked[0] != "userId" {
		t.Errorf("try PATCH unchecked = %+v", p)
	}
	if p := m.ExportProtection(mod, "POST", testSpec); !strings.Contains(p.Reason, "catch does not return or rethrow") {
		t.Errorf("try POST reason = %q", p.Reason)
	}
}
