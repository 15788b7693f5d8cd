package js

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestStubChoice: a session read in a branch of a conditional whose other
// branch only stands in for it (a development double chosen by an
// environment flag, a fallback of nothing) is a session read, judged as
// the call alone would be; a module const choosing Clerk's function or a
// stand-in resolves to Clerk's. A condition the request decides, or a
// fallback that holds something, keeps the value unknown.
func TestStubChoice(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"package.json": `{ "dependencies": { "@clerk/express": "^1.7.0", "@prisma/client": "^6.0.0" } }`,
		"src/db.js":    "import { PrismaClient } from '@prisma/client'\nexport const prisma = new PrismaClient()\n",
		"src/clerk.js": "export { getAuth, requireAuth } from '@clerk/express'\n",
		"src/handlers.js": `import { getAuth as clerkGetAuth } from '@clerk/express'
import * as clerk from './clerk.js'
import { prisma } from './db.js'

const local = process.env.NODE_ENV !== 'production'
const getAuth = local ? (_req) => ({ userId: 'tester' }) : clerk.getAuth
const requireAuth = process.env.OPEN ? () => (q, s, next) => next() : local ? null : clerk.requireAuth
const pick = local ? clerk.getAuth : clerkGetAuth
const other = local ? makeAuth : buildAuth

export async function alias(req, res) {
  const { userId } = getAuth(req)
  if (userId) {
    await prisma.a.create({ data: { userId } })
  }
  res.json({ ok: true })
}

export async function branch(req, res) {
  const { userId } = local ? { userId: 'tester' } : clerkGetAuth(req)
  if (userId) {
    await prisma.a.create({ data: { userId } })
  }
  res.json({ ok: true })
}

export async function empty(req, res) {
  const { userId } = clerkGetAuth(req) || { userId: null }
  if (userId) {
    await prisma.a.create({ data: { userId } })
  }
  res.json({ ok: true })
}

export async function requested(req, res) {
  const { userId } = req.query.dev ? { userId: 'tester' } : clerkGetAuth(req)
  if (userId) {
    await prisma.a.create({ data: { userId } })
  }
  res.json({ ok: true })
}

export async function guest(req, res) {
  const { userId } = clerkGetAuth(req) || { userId: 'guest' }
  if (userId) {
    await prisma.a.create({ data: { userId } })
  }
  res.json({ ok: true })
}
`,
	})
	mod := m.Module("src/handlers.js")
	for _, tc := range []struct {
		callee, want string
	}{
		{"getAuth", "@clerk/express getAuth"},
		{"requireAuth", "@clerk/express requireAuth"},
		{"pick", "@clerk/express getAuth"},
		{"other", " "},
	} {
		r := m.ResolveCallee(mod, Callee{Root: tc.callee})
		if got := r.Pkg + " " + r.Name; got != tc.want {
			t.Errorf("%s resolves to %q, want %q", tc.callee, got, tc.want)
		}
	}
	spec := &AuthSpec{Checks: []FuncRef{{Module: "@clerk/express", Name: "getAuth"}}}
	for _, tc := range []struct {
		fn        string
		unchecked bool // the evaluator binds userId from the read
		signedIn  bool // the create runs only signed in
	}{
		{"alias", true, true},
		{"branch", true, true},
		{"empty", true, true},
		{"requested", false, false},
		{"guest", false, false},
	} {
		p := m.Protection(mod, mod.Funcs[tc.fn], spec)
		effects, _ := m.Effects(mod, mod.Funcs[tc.fn])
		var got []string
		for _, e := range effects {
			got = append(got, fmt.Sprintf("%s %v", e.Target, e.SignedIn))
		}
		if slices.Contains(p.Unchecked, "userId") != tc.unchecked || strings.Join(got, "|") != fmt.Sprintf("prisma.a.create %v", tc.signedIn) {
			t.Errorf("%s: unchecked %q, effects %q; want userId unchecked %v, signed in %v", tc.fn, p.Unchecked, got, tc.unchecked, tc.signedIn)
		}
	}
}
