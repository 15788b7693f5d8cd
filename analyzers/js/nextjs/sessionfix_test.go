package nextjs_test

import (
	"fmt"
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
  return Response.json({ greeting: ` + "`hello ${userId}`" + ` })
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
	// Each finding is on the line that reads the session: the check belongs
	// right after it.
	want := map[string]string{
		"app/api/notes/route.ts:3 CLK102": "GET /api/notes reads userId but never returns or throws when it is missing: signed-out requests run the rest of it; add `if (!userId) return new Response('Unauthorized', { status: 401 })` right after reading it",
		"pages/api/notes.ts:3 CLK102":     "API route /api/notes reads userId but never returns or throws when it is missing (userId from getAuth is not checked with an exit): signed-out requests run the rest of it; add `if (!userId) return res.status(401).json({ error: 'Unauthorized' })` right after reading it",
		"app/actions.ts:4 CLK102":         "server action save reads userId but never returns or throws when it is missing (userId from auth is not checked with an exit): signed-out requests run the rest of it; add `if (!userId) throw new Error('Unauthorized')` right after reading it",
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

// TestMachineCallers: endpoints that services call without a Clerk session
// (a Vercel cron job with CRON_SECRET, Clerk, Svix or Stripe webhooks at any
// path) are authenticated otherwise; CLK101 leaves them to the webhook rules.
// A GET next to the receiver, and a NODE_ENV test, are not authentication.
func TestMachineCallers(t *testing.T) {
	fs := scanProject(t, map[string]string{
		"package.json": `{"dependencies":{"next":"15.5.18","@clerk/nextjs":"^6.39.2","stripe":"^17.0.0"}}`,
		"middleware.ts": `import { clerkMiddleware } from '@clerk/nextjs/server'
export default clerkMiddleware()
`,
		"app/api/cron/cleanup/route.ts": "export async function GET(request: Request) {\n" +
			"  if (request.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) {\n" +
			"    return new Response('Unauthorized', { status: 401 })\n  }\n  return Response.json({ cleaned: 0 })\n}\n",
		"app/api/debug/route.ts": `export async function GET() {
  if (process.env.NODE_ENV !== 'production') return Response.json({ users: await db.user.findMany() })
  return Response.json({})
}
`,
		"app/api/clerk/route.ts": `import { verifyWebhook } from '@clerk/nextjs/webhooks'
export async function POST(req: Request) {
  const evt = await verifyWebhook(req)
  return new Response(evt.type)
}
export async function GET() {
  return Response.json({ events: await loadEvents() })
}
`,
		"app/api/stripe/webhook/route.ts": `import Stripe from 'stripe'
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!)
export async function POST(req: Request) {
  const event = stripe.webhooks.constructEvent(await req.text(), req.headers.get('stripe-signature')!, process.env.STRIPE_WEBHOOK_SECRET!)
  return Response.json({ received: event.type })
}
`,
	})
	var got []string
	for _, f := range fs {
		if strings.Contains(f, " CLK101 ") {
			got = append(got, f[:strings.Index(f, " CLK101 ")])
		}
	}
	want := []string{"app/api/clerk/route.ts:6", "app/api/debug/route.ts:1"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("CLK101 at %v, want %v\n%q", got, want, fs)
	}
}

// TestProtectedComponents: a page that awaits nothing (declared async or
// not) whose data-loading server components each call auth.protect() loads
// nothing for signed-out visitors; one unprotected loader, or a page that
// awaits, keeps CLK101.
func TestProtectedComponents(t *testing.T) {
	const loader = `import { Suspense } from 'react'
import { auth } from '@clerk/nextjs/server'
async function Projects() {
  const { userId } = await auth.protect()
  return <ul data-owner={userId} />
}
%s
export default %sfunction Page() {
  %sreturn <Suspense fallback={null}><Projects /></Suspense>
}
`
	fs := scanProject(t, map[string]string{
		"package.json":                 `{"dependencies":{"next":"15.5.18","@clerk/nextjs":"^6.39.2"}}`,
		"middleware.ts":                "import { clerkMiddleware } from '@clerk/nextjs/server'\nexport default clerkMiddleware()\n",
		"app/dashboard/page.tsx":       fmt.Sprintf(loader, "", "", ""),
		"app/dashboard/stats/page.tsx": fmt.Sprintf(loader, "async function Stats() {\n  return <p>{await fetch('https://stats.example.com').then((r) => r.text())}</p>\n}", "", ""),
		"app/dashboard/sync/page.tsx":  fmt.Sprintf(loader, "", "async ", ""),
		"app/dashboard/async/page.tsx": fmt.Sprintf(loader, "", "async ", "const { team } = await params\n  "),
	})
	var got []string
	for _, f := range fs {
		if strings.Contains(f, " CLK101 ") {
			got = append(got, f[:strings.Index(f, ":")])
		}
	}
	want := []string{"app/dashboard/async/page.tsx", "app/dashboard/stats/page.tsx"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("CLK101 in %v, want %v\n%q", got, want, fs)
	}
}

// A private page is left to CLK103 only when CLK103 reports it: verifyToken
// needs no middleware, so a page importing only it is still judged.
func TestPageHelperGap(t *testing.T) {
	const page = `import { %s } from '@clerk/nextjs/server'
export default async function Page() {
  const v = %s
  return <p>{String(v)}</p>
}
`
	fs := scanProject(t, map[string]string{
		"package.json":               `{"dependencies":{"next":"15.5.18","@clerk/nextjs":"^6.39.2"}}`,
		"app/dashboard/page.tsx":     fmt.Sprintf(page, "auth", "await auth()"),
		"app/dashboard/tok/page.tsx": fmt.Sprintf(page, "verifyToken", "await Promise.resolve(typeof verifyToken)"),
	})
	var got []string
	for _, f := range fs {
		if strings.Contains(f, " CLK101 ") || strings.Contains(f, " CLK103 ") {
			got = append(got, f[:strings.Index(f, " CLK")+7])
		}
	}
	want := []string{"app/dashboard/page.tsx:1 CLK103", "app/dashboard/tok/page.tsx:2 CLK101"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("got %v, want %v\n%q", got, want, fs)
	}
}
