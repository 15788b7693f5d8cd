package js

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/endpoint"
)

// methodProject gathers guards in an object literal, a class with static
// and instance methods, and an instance of that class, the shapes apps use
// besides top-level functions.
var methodProject = map[string]string{
	"package.json":  `{"name":"web","dependencies":{"next":"15","@clerk/nextjs":"^6","@prisma/client":"^6"}}`,
	"tsconfig.json": `{"compilerOptions":{"paths":{"@/*":["./*"]}}}`,
	"lib/db.ts": `import { PrismaClient } from '@prisma/client'
export const db = new PrismaClient()
`,
	"lib/session.ts": `import { auth, clerkClient } from '@clerk/nextjs/server'
import { redirect } from 'next/navigation'
import { db } from './db'

export const SessionService = {
  ROLE_KEY: 'role',

  async getSession() {
    return auth()
  },

  // Always throws: returning its result is a throw.
  async logout(sessionId: string | null) {
    if (sessionId) {
      const client = await clerkClient()
      await client.sessions.revokeSession(sessionId)
    }
    throw redirect('/sign-in')
  },

  async requireUserId() {
    const { userId, sessionId } = await this.getSession()
    if (!userId) {
      return await this.logout(sessionId)
    }
    return userId
  },

  async requireAdmin() {
    const userId = await this.requireUserId()
    const user = await db.user.findUnique({ where: { id: userId } })
    if (user?.role !== 'ADMIN') throw new Error('forbidden')
    return user
  },

  // Hands a falsy value back: a check its caller must test.
  async currentUserId() {
    const { userId } = await auth()
    return userId
  },

  // Logs and goes on: no guard.
  async audit() {
    const { userId } = await auth()
    console.log(userId)
  },

  // Returns a value built for signed-out callers instead of throwing: a
  // helper's return hands control back.
  async requireOrDefault() {
    const { userId } = await auth()
    if (!userId) {
      return this.guest()
    }
    return userId
  },

  guest() {
    return 'guest'
  },

  // An arrow's this is not the object: this.requireUserId is unknown here.
  arrowGuard: async () => {
    await this.requireUserId()
  },

  admin: {
    async require() {
      await auth.protect()
    },
  },
}
`,
	"lib/deny.ts": `// Always throw: a call statement of the sync one ends the request; the
// async one's rejection is lost unless awaited or returned.
export function deny(): never {
  throw new Response('Unauthorized', { status: 401 })
}
export async function denyLater() {
  throw new Response('Unauthorized', { status: 401 })
}
`,
	"app/api/c/route.ts": `import { auth } from '@clerk/nextjs/server'
import { deny, denyLater } from '@/lib/deny'

export async function GET() {
  const { userId } = await auth()
  if (!userId) deny()
  return Response.json({ userId })
}
export async function POST() {
  const { userId } = await auth()
  if (!userId) denyLater()
  return Response.json({ userId })
}
`,
	"lib/auth-service.ts": `import { auth } from '@clerk/nextjs/server'
import { redirect } from 'next/navigation'

export class AuthService {
  static async requireUser() {
    const { userId } = await auth()
    if (!userId) redirect('/sign-in')
    return userId
  }

  constructor(private readonly name = 'auth') {}

  async requireMember() {
    return AuthService.requireUser()
  }

  async requireOwner() {
    const userId = await this.peek()
    if (!userId) throw new Error('unauthenticated')
    return userId
  }

  peek = async () => {
    const { userId } = await auth()
    return userId
  }

  get signedIn() {
    return true
  }
}

export const authService = new AuthService()
`,
	"lib/guards.ts": `import { AuthService } from './auth-service'
import { SessionService } from './session'

// An instance of a class another module declares.
export const guard = new AuthService()
// A re-export of an object under another name.
export { SessionService as Sessions }
`,
	"app/api/a/route.ts": `import { SessionService } from '@/lib/session'
import { AuthService, authService } from '@/lib/auth-service'
import { guard, Sessions } from '@/lib/guards'

export async function GET() {
  await SessionService.requireAdmin()
  return Response.json({})
}
export async function POST() {
  await SessionService.audit()
  return Response.json({})
}
export async function PUT() {
  await AuthService.requireUser()
  return Response.json({})
}
export async function PATCH() {
  await authService.requireMember()
  return Response.json({})
}
export async function DELETE() {
  await authService.requireOwner()
  return Response.json({})
}
export async function HEAD() {
  await guard.requireMember()
  return Response.json({})
}
export async function OPTIONS() {
  await Sessions.requireUserId()
  return Response.json({})
}
`,
	"app/api/b/route.ts": `import { SessionService } from '@/lib/session'
import { authService } from '@/lib/auth-service'

export async function GET() {
  const userId = await SessionService.currentUserId()
  if (!userId) return new Response(null, { status: 401 })
  return Response.json({ userId })
}
export async function POST() {
  const userId = await SessionService.currentUserId()
  return Response.json({ userId })
}
export async function PUT() {
  await SessionService.requireOrDefault()
  return Response.json({})
}
export async function PATCH() {
  await SessionService.arrowGuard()
  return Response.json({})
}
export async function DELETE() {
  await SessionService.admin.require()
  return Response.json({})
}
export async function HEAD() {
  const userId = await authService.peek()
  if (!userId) return new Response(null, { status: 401 })
  return Response.json({})
}
export async function OPTIONS() {
  await SessionService.missing()
  return Response.json({})
}
`,
}

func TestMethodGuards(t *testing.T) {
	m := newTestModel(t, methodProject)
	for _, c := range []struct {
		file, export string
		want         bool
		by           string
	}{
		{"app/api/a/route.ts", "GET", true, "SessionService.requireAdmin (lib/session.ts)"},  // this.requireUserId → return this.logout(), which throws
		{"app/api/a/route.ts", "POST", false, ""},                                            // a method that only logs
		{"app/api/a/route.ts", "PUT", true, "AuthService.requireUser (lib/auth-service.ts)"}, // a static method
		{"app/api/a/route.ts", "PATCH", true, "authService.requireMember"},                   // an instance's method
		{"app/api/a/route.ts", "DELETE", true, "authService.requireOwner"},                   // this.peek(), a field's arrow, tested
		{"app/api/a/route.ts", "HEAD", true, "guard.requireMember"},                          // an instance of an imported class
		{"app/api/a/route.ts", "OPTIONS", true, "SessionService.requireUserId"},              // a re-exported object
		{"app/api/b/route.ts", "GET", true, "SessionService.currentUserId"},                  // a check, tested
		{"app/api/b/route.ts", "POST", false, ""},                                            // ... not tested
		{"app/api/b/route.ts", "PUT", false, ""},                                             // returns a value when signed out
		{"app/api/b/route.ts", "PATCH", false, ""},                                           // an arrow's this is not the object
		{"app/api/b/route.ts", "DELETE", true, "SessionService.admin.require"},               // a nested object's method
		{"app/api/b/route.ts", "HEAD", true, "authService.peek"},                             // a class field's arrow
		{"app/api/b/route.ts", "OPTIONS", false, ""},                                         // no such method
		{"app/api/c/route.ts", "GET", true, "auth"},                                          // if (!userId) deny(): always throws
		{"app/api/c/route.ts", "POST", false, ""},                                            // an async thrower's call statement
	} {
		mod := m.Module(c.file)
		p := m.ExportProtection(mod, c.export, testSpec)
		if p.Protected != c.want || !strings.Contains(p.By, c.by) {
			t.Errorf("%s %s: protected=%v by %q (reason %q), want %v by %q", c.file, c.export, p.Protected, p.By, p.Reason, c.want, c.by)
		}
	}
}

func TestMethodSummaries(t *testing.T) {
	m := newTestModel(t, methodProject)
	mod := m.Module("lib/auth-service.ts")
	class := mod.Objects["AuthService"]
	if class == nil {
		t.Fatal("class AuthService not summarised")
	}
	for _, name := range []string{"requireUser", "requireMember", "requireOwner", "peek"} {
		if class.Methods[name] == nil {
			t.Errorf("AuthService.%s missing", name)
		}
	}
	for _, name := range []string{"constructor", "signedIn"} {
		if class.Methods[name] != nil {
			t.Errorf("AuthService.%s is no method a guard is called as", name)
		}
	}
	if f := class.Methods["requireOwner"]; f == nil || len(f.Steps) == 0 || f.Steps[0].Callee.String() != "AuthService.peek" {
		t.Errorf("this.peek() not read as AuthService.peek: %+v", f)
	}
	if got := mod.Instances["authService"]; got != "AuthService" {
		t.Errorf("authService instance of %q", got)
	}
	s := m.Module("lib/session.ts").Objects["SessionService"]
	if s == nil || s.Methods["logout"] == nil || !s.Methods["logout"].Throws || s.Methods["requireUserId"].Throws {
		t.Fatalf("SessionService methods: %+v", s)
	}
	if f := s.Methods["arrowGuard"]; f == nil || len(f.Calls) != 1 || f.Calls[0].Callee.Valid() {
		t.Errorf("an arrow's this read as the object: %+v", f)
	}
	if f := s.Methods["requireUserId"]; f.Binds["sessionId"].String() != "SessionService.getSession().sessionId" {
		t.Errorf("sessionId bound to %q", f.Binds["sessionId"].String())
	}
}

// TestMethodEffects: a handler's effects follow a method as they follow a
// function, and a session id read from a helper returning auth() is the
// session's (revoking it signs the caller out).
func TestMethodEffects(t *testing.T) {
	m := newTestModel(t, methodProject)
	mod := m.Module("app/api/a/route.ts")
	effects, _ := m.Effects(mod, mod.Funcs["GET"])
	var revoke *endpoint.Effect
	reads := false
	for i, e := range effects {
		switch {
		case e.Kind == endpoint.ClerkAPI && strings.HasSuffix(e.Target, "sessions.revokeSession"):
			revoke = &effects[i]
		case e.Kind == endpoint.DBRead && strings.HasPrefix(e.Target, "db.user"):
			reads = true
		}
	}
	if !reads {
		t.Errorf("db.user.findUnique in SessionService.requireAdmin not among %+v", effects)
	}
	if revoke == nil || len(revoke.Where) != 1 || revoke.Where[0].From != endpoint.FromSession {
		t.Errorf("revokeSession of the session's own id: %+v", revoke)
	}
}

// TestHostileObjects: summaries of generated or hostile objects stay
// bounded and resolution terminates.
func TestHostileObjects(t *testing.T) {
	var wide, deep strings.Builder
	wide.WriteString("export const Wide = {\n")
	for i := range maxMethods + 50 {
		fmt.Fprintf(&wide, "  async m%d() { await this.m%d() },\n", i, i+1)
	}
	wide.WriteString("}\n")
	deep.WriteString("export const Deep = ")
	for range 500 {
		deep.WriteString("{ a: ")
	}
	deep.WriteString("{ async f() {} }")
	for range 500 {
		deep.WriteString(" }")
	}
	deep.WriteString("\n")
	m := newTestModel(t, map[string]string{
		"package.json":  `{"dependencies":{"@clerk/nextjs":"^6"}}`,
		"tsconfig.json": `{"compilerOptions":{"paths":{"@/*":["./*"]}}}`,
		"lib/wide.ts":   wide.String(),
		"lib/deep.ts":   deep.String(),
		// An instance of itself, an object aliasing itself, a class whose
		// methods call each other.
		"lib/loops.ts": `export const a = new a()
export const Self = { Self, b: Self }
export class Ping { static async ping() { return this.pong() } static async pong() { return this.ping() } }
`,
		"app/api/x/route.ts": `import { Wide } from '@/lib/wide'
import { Deep } from '@/lib/deep'
import { a, Self, Ping } from '@/lib/loops'
export async function GET() {
  await Wide.m0()
  await Deep.a.a.a.a.a.a.f()
  await a.x()
  await Self.Self.b.Self.go()
  await Ping.ping()
  return Response.json({})
}
`,
	})
	if n := len(m.Module("lib/wide.ts").Objects["Wide"].Methods); n != maxMethods {
		t.Errorf("%d methods summarised, want the bound %d", n, maxMethods)
	}
	mod := m.Module("app/api/x/route.ts")
	if p := m.ExportProtection(mod, "GET", testSpec); p.Protected {
		t.Errorf("protected by %s", p.By)
	}
	m.Effects(mod, mod.Funcs["GET"])
}

// TestHostileSelect: a Prisma select nested thousands of relations deep
// is read in bounded work and says nothing of the columns it returns.
func TestHostileSelect(t *testing.T) {
	var sel strings.Builder
	for range 3000 {
		sel.WriteString("{ select: { author:\n")
	}
	sel.WriteString("true")
	for range 3000 {
		sel.WriteString(" } }\n")
	}
	m := newTestModel(t, map[string]string{
		"package.json": `{"dependencies":{"@clerk/nextjs":"^6"}}`,
		"app/api/x/route.ts": "import { db } from './db'\nexport async function GET() {\n  return Response.json(await db.post.findMany(" +
			sel.String() + "))\n}\n",
	})
	mod := m.Module("app/api/x/route.ts")
	if mod == nil || mod.Err != nil || mod.Funcs["GET"] == nil {
		t.Fatalf("no summary of the route: %+v", mod)
	}
	for _, cs := range mod.Funcs["GET"].Calls {
		if len(cs.Columns) > 0 {
			t.Errorf("%s: columns %d deep read from a select nested 3000 deep", cs.Callee, len(cs.Columns))
		}
	}
}

// TestHostileChain: a method chain of 20,000 links (a query builder's
// .eq() on every line) is read once, not once a link: its links near the
// root are still read as callees and the query's table and filters are
// summarised, while a link past maxChainLinks reads as no callee instead of
// a path copied at each link.
func TestHostileChain(t *testing.T) {
	const links = 20000
	var chain strings.Builder
	chain.WriteString("  const rows = await supabase.from('posts').select('id, title')\n")
	for range links {
		chain.WriteString("    .eq('published', true)\n")
	}
	chain.WriteString("    .eq('owner_id', userId)\n")
	m := newTestModel(t, map[string]string{
		"package.json": `{"dependencies":{"@clerk/nextjs":"^6","@supabase/supabase-js":"^2"}}`,
		"app/api/x/route.ts": "import { auth } from '@clerk/nextjs/server'\nimport { supabase } from '@/lib/db'\n" +
			"export async function GET() {\n  const { userId } = await auth()\n" + chain.String() + "  return Response.json(rows)\n}\n",
	})
	mod := m.Module("app/api/x/route.ts")
	if mod == nil || mod.Err != nil || mod.Funcs["GET"] == nil {
		t.Fatalf("no summary of the route: %+v", mod)
	}
	var from, longest, outer *CallSite
	calls := mod.Funcs["GET"].Calls
	for i, cs := range calls {
		switch {
		case cs.Callee.String() == "supabase.from":
			from = &calls[i]
		case cs.Callee.Root == "supabase" && (longest == nil || len(cs.Callee.Path) > len(longest.Callee.Path)):
			longest = &calls[i]
		}
		if cs.Filtered && (outer == nil || len(cs.Where) > len(outer.Where)) {
			outer = &calls[i]
		}
	}
	if from == nil {
		t.Fatalf("supabase.from('posts') not among the calls")
	}
	if longest == nil || len(longest.Callee.Path) > maxChainLinks {
		t.Errorf("a callee past the bound of %d links: %v", maxChainLinks, longest)
	}
	if outer == nil || outer.Model != "posts" || len(outer.Where) != links+1 || outer.Where[0].Name != "owner_id" {
		t.Fatalf("the outermost call's filter not read whole: %+v", outer)
	}
	for _, cs := range calls {
		if len(cs.Columns) != 0 && !slices.Equal(cs.Columns, []string{"id", "title"}) {
			t.Errorf("%s: columns %v", cs.Callee, cs.Columns)
		}
	}
	m.Effects(mod, mod.Funcs["GET"])
}
