package nextjs_test

import (
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

// scanEndpoints scans a throwaway project with every js rule and returns
// the endpoints by "METHOD URL" (or the action's name).
func scanEndpoints(t *testing.T, files map[string]string) map[string]endpoint.Endpoint {
	t.Helper()
	out := map[string]endpoint.Endpoint{}
	for _, e := range scantest.Endpoints(t, files, engines.JS()) {
		key := e.String()
		if e.Kind != endpoint.Route {
			key = string(e.Kind) + " " + e.Name + " " + e.URL
		}
		out[key] = e
	}
	return out
}

func TestEndpointsProduced(t *testing.T) {
	eps := scanEndpoints(t, map[string]string{
		"package.json":  `{"dependencies":{"next":"15.3.0","@clerk/nextjs":"^6.20.0"}}`,
		"tsconfig.json": `{"compilerOptions":{"baseUrl":".","paths":{"@/*":["./*"]}}}`,
		"middleware.ts": `import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'
const isPublicRoute = createRouteMatcher(['/', '/api/products(.*)', '/api/open(.*)', '/api(.*)', '/dashboard/help'])
export default clerkMiddleware(async (auth, req) => {
  if (!isPublicRoute(req)) await auth.protect()
})
export const config = { matcher: ['/((?!_next).*)', '/(api|trpc)(.*)'] }
`,
		"lib/db.ts": "export const prisma = {} as any\n",
		"lib/notes.ts": `import { prisma } from './db'
export async function addNote(text: string) {
  return prisma.note.create({ data: { text } })
}
`,
		"app/api/products/[id]/route.ts": `import { prisma } from '@/lib/db'
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return Response.json(await prisma.product.findUnique({ where: { id } }))
}
`,
		"app/api/open/notes/route.ts": `import { addNote } from '@/lib/notes'
import { auth } from '@clerk/nextjs/server'
export async function POST(req: Request) {
  await auth.protect()
  const { text } = await req.json()
  return Response.json(await addNote(text))
}
export async function PUT(req: Request) {
  const { userId } = await auth()
  return Response.json(await addNote(String(userId)))
}
`,
		"app/api/users/route.ts": `import { clerkClient } from '@clerk/nextjs/server'
export async function DELETE(req: Request) {
  const id = req.headers.get('x-user')!
  await (await clerkClient()).users.deleteUser(id)
  return new Response(null, { status: 204 })
}
`,
		"app/api/admin/teams/route.ts": `import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'
export async function DELETE(req: Request) {
  await auth.protect({ role: 'org:admin' })
  const { id } = await req.json()
  await prisma.team.delete({ where: { id } })
  return new Response(null, { status: 204 })
}
`,
		"app/actions.ts": `'use server'
import { prisma } from '@/lib/db'
export async function rename(formData: FormData) {
  await prisma.team.update({ where: { id: 1 }, data: { name: String(formData.get('name')) } })
}
`,
		"app/dashboard/page.tsx": `export default function Page() { return <p>hi</p> }
`,
	})
	get := func(key string) endpoint.Endpoint {
		t.Helper()
		e, ok := eps[key]
		if !ok {
			var keys []string
			for k := range eps {
				keys = append(keys, k)
			}
			t.Fatalf("no endpoint %q in %v", key, keys)
		}
		return e
	}

	p := get("GET /api/products/[id]")
	if p.Framework != "next-app" || p.Registration.File != "app/api/products/[id]/route.ts" || p.Registration.Line != 2 || p.HandlerEnd != 5 {
		t.Errorf("products: %+v", p)
	}
	// Public three times over: the app's matcher names its tree, all it does
	// is read a public-data model (CLK101's public-data lists product), and
	// neither its URL nor that model names a user or private resource.
	if p.Protection.State != endpoint.Unprotected || len(p.Public) != 3 ||
		p.Public[0].Kind != endpoint.PublicMatcher || p.Public[0].Broad || !strings.Contains(p.Public[0].What, "/api/products(.*)") ||
		p.Public[1].Kind != endpoint.PublicDataRead || p.Public[1].What != "reads only public data: product" ||
		p.Public[2].Kind != endpoint.PublicMatcher || !p.Public[2].Broad || !strings.Contains(p.Public[2].What, "catalog URL") {
		t.Errorf("products protection %+v public %+v", p.Protection, p.Public)
	}
	if !p.EffectsKnown || len(p.Effects) != 1 || p.Effects[0].Kind != endpoint.DBRead || p.Effects[0].Target != "prisma.product.findUnique" {
		t.Errorf("products effects %v known=%v", p.Effects, p.EffectsKnown)
	}
	if len(p.Inputs) == 0 || p.Inputs[0].Kind != endpoint.PathParam {
		t.Errorf("products inputs %+v", p.Inputs)
	}
	if v := endpoint.NeedsSession(&p); v.Report {
		t.Errorf("products reported: %s", v.Reason)
	}

	n := get("POST /api/open/notes")
	if n.Protection.State != endpoint.Protected || !endpoint.Has(n.Protection.By, endpoint.HandlerCheck) {
		t.Errorf("notes POST protection %+v", n.Protection)
	}
	if len(n.Effects) != 1 || n.Effects[0].Kind != endpoint.DBWrite || n.Effects[0].At.File != "lib/notes.ts" {
		t.Errorf("notes POST effects (followed into lib/notes.ts) %+v", n.Effects)
	}
	put := get("PUT /api/open/notes")
	if put.Protection.State != endpoint.ReadsOnly {
		t.Errorf("notes PUT: a session read never checked is reads-only: %+v", put.Protection)
	}

	u := get("DELETE /api/users")
	if len(u.Public) != 1 || !u.Public[0].Broad {
		t.Errorf("users public %+v", u.Public)
	}
	v := endpoint.NeedsSession(&u)
	if !v.Report || v.Effect == nil || v.Effect.Kind != endpoint.ClerkAPI || !strings.Contains(v.Reason, "/api(.*)") {
		t.Errorf("users verdict %+v", v)
	}
	if len(u.Inputs) != 1 || u.Inputs[0].Kind != endpoint.Header {
		t.Errorf("users inputs %+v", u.Inputs)
	}

	adm := get("DELETE /api/admin/teams")
	if !endpoint.Has(adm.Authz, endpoint.RoleCheck) || adm.Protection.State != endpoint.Protected {
		t.Errorf("admin teams: authz %+v protection %+v", adm.Authz, adm.Protection)
	}

	a := get("server-action rename ")
	if a.Framework != "next-action" || a.Protection.State != endpoint.Unprotected || len(a.Inputs) != 1 || a.Inputs[0].Kind != endpoint.Form ||
		len(a.Effects) != 1 || a.Effects[0].Kind != endpoint.DBWrite {
		t.Errorf("action %+v", a)
	}

	pg := get("page default /dashboard")
	if pg.Framework != "next-page" || pg.Protection.State != endpoint.Protected || !endpoint.Has(pg.Protection.By, endpoint.GlobalMiddleware) || !endpoint.Has(pg.Public, endpoint.PrivateURL) {
		t.Errorf("page %+v", pg)
	}
}

// TestServerEnvEffect: a server secret reaching a response is an effect,
// one nested too deep to follow is not (and costs no quadratic climb).
func TestServerEnvEffect(t *testing.T) {
	deep := strings.Repeat("(\n", 3000) + "process.env.DEEP_SECRET" + strings.Repeat(")\n", 3000)
	eps := scanEndpoints(t, map[string]string{
		"package.json":  `{"dependencies":{"next":"15.3.0","@clerk/nextjs":"^6.20.0"}}`,
		"middleware.ts": "import { clerkMiddleware } from '@clerk/nextjs/server'\nexport default clerkMiddleware()\n",
		"app/api/key/route.ts": `export async function GET() {
  const key = process.env.MAPS_API_KEY
  return Response.json({ key, live: Boolean(process.env.STRIPE_SECRET_KEY) })
}
`,
		"app/api/deep/route.ts": "export async function GET() {\n  return Response.json({ k: " + deep + " })\n}\n",
	})
	key := eps["GET /api/key"]
	if len(key.Effects) != 1 || key.Effects[0].Kind != endpoint.EnvValue || key.Effects[0].Model != "MAPS_API_KEY" || key.Effects[0].Target != "key = process.env.MAPS_API_KEY" {
		t.Errorf("GET /api/key effects = %+v, want the MAPS_API_KEY value through key only", key.Effects)
	}
	if d, ok := eps["GET /api/deep"]; !ok || len(d.Effects) != 0 {
		t.Errorf("GET /api/deep = %+v (found %v), want an endpoint without effects", d.Effects, ok)
	}
}
