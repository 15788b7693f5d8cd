package js

import (
	"strings"
	"testing"
)

var sessionFetchProject = map[string]string{
	"package.json":  `{"name":"web","dependencies":{"next":"15","@clerk/nextjs":"^6"}}`,
	"tsconfig.json": `{"compilerOptions":{"paths":{"@/*":["./src/*"]}}}`,
	"src/lib/clerk.ts": `export { clerkClient } from '@clerk/nextjs/server'
`,
	"src/lib/api.ts": `export const api = { users: { getUser: async (id: string) => null } }
`,
	"src/lib/backend.ts": `import { createClerkClient } from '@clerk/backend'
export const backend = createClerkClient({ secretKey: process.env.CLERK_SECRET_KEY })
`,
	"src/server/perm.ts": `'use server'
import { auth, clerkClient } from '@clerk/nextjs/server'

// Throws for a signed-out caller: getUser('undefined') is a 404.
export async function isAdmin() {
  const me = await (await clerkClient()).users.getUser(auth().userId!)
  return me.publicMetadata.admin === true
}

// Its catch answers false: a check its caller must test.
export async function isAdminSoft() {
  try {
    const me = await clerkClient.users.getUser(` + "`${auth().userId}`" + `)
    return me.publicMetadata.admin === true
  } catch {
    return false
  }
}

// The id is the caller's argument, not the session's.
export async function isAdminById(id: string) {
  const u = await clerkClient.users.getUser(id)
  return u.publicMetadata.admin === true
}
`,
	"src/server/actions.ts": `'use server'
import { auth, clerkClient, currentUser } from '@clerk/nextjs/server'
import { clerkClient as reexported } from '@/lib/clerk'
import { api } from '@/lib/api'
import { backend } from '@/lib/backend'
import { isAdmin, isAdminSoft, isAdminById } from '@/server/perm'
import { db } from '@/server/db'

export async function templated(postId: number) {
  const me = await clerkClient.users.getUser(` + "`${auth().userId}`" + `)
  if (me.publicMetadata.dbId !== postId) throw new Error('unauthorized')
  await db.post.delete({ where: { id: postId } })
}

export async function viaLocal() {
  const { userId } = auth()
  const me = await clerkClient.users.getUser(userId!)
  await db.post.create({ data: { author: me.id } })
}

export async function viaClientLocal() {
  const client = await clerkClient()
  const me = await client.users.getUser((await auth()).userId ?? '')
  await db.post.create({ data: { author: me.id } })
}

export async function viaReexport() {
  const { userId } = await auth()
  const me = await reexported.users.getUser(userId as string)
  await db.post.create({ data: { author: me.id } })
}

export async function viaBuiltClient() {
  const { userId } = await auth()
  const me = await backend.users.getUser(userId!)
  await db.post.create({ data: { author: me.id } })
}

export async function viaCurrentUser() {
  const user = await currentUser()
  const full = await clerkClient.users.getUser(user?.id ?? '')
  await db.post.create({ data: { author: full.id } })
}

export async function viaMember() {
  const email = (await clerkClient.users.getUser(auth().userId!)).emailAddresses[0]
  await db.post.create({ data: { email } })
}

export async function viaHelper() {
  if (!(await isAdmin())) throw new Error('forbidden')
  await db.post.deleteMany({})
}

export async function viaSoftHelper() {
  if (!(await isAdminSoft())) throw new Error('forbidden')
  await db.post.deleteMany({})
}

// Not checks.

export async function swallowed() {
  let me = null
  try {
    me = await clerkClient.users.getUser(auth().userId!)
  } catch (e) {
    console.error(e)
  }
  await db.post.deleteMany({})
}

export async function requestId(targetId: string) {
  const u = await clerkClient.users.getUser(targetId)
  await db.post.deleteMany({ where: { author: u.id } })
}

export async function notAwaited() {
  const pending = clerkClient.users.getUser(auth().userId!)
  await db.post.deleteMany({})
  return pending
}

export async function ownClient() {
  const { userId } = auth()
  const u = await api.users.getUser(userId!)
  await db.post.deleteMany({})
}

export async function otherCall() {
  const { orgId } = auth()
  const org = await clerkClient.organizations.getOrganization({ organizationId: orgId! })
  await db.post.deleteMany({})
}

export async function helperById(id: string) {
  if (!(await isAdminById(id))) throw new Error('forbidden')
  await db.post.deleteMany({})
}

export async function sessionAfterTarget(targetId: string) {
  await db.post.deleteMany({ where: { author: targetId } })
  return clerkClient.users.getUser(targetId)
}
`,
	"src/server/db.ts": `export const db: any = {}
`,
}

func TestSessionFetchProtects(t *testing.T) {
	m := newTestModel(t, sessionFetchProject)
	mod := m.Module("src/server/actions.ts")
	for name, want := range map[string]bool{
		"templated":          true,
		"viaLocal":           true,
		"viaClientLocal":     true,
		"viaReexport":        true,
		"viaCurrentUser":     true,
		"viaBuiltClient":     true,
		"viaMember":          true,
		"viaHelper":          true,
		"viaSoftHelper":      true,
		"swallowed":          false,
		"requestId":          false,
		"notAwaited":         false,
		"ownClient":          false,
		"otherCall":          false,
		"helperById":         false,
		"sessionAfterTarget": false,
	} {
		p := m.ExportProtection(mod, name, testSpec)
		if p.Protected != want {
			t.Errorf("%s: protected=%v (by %q, reason %q), want %v", name, p.Protected, p.By, p.Reason, want)
		}
		if want && p.Protected && !strings.Contains(p.By, "getUser") && !strings.Contains(p.By, "isAdmin") {
			t.Errorf("%s: by %q", name, p.By)
		}
	}
	for name, want := range map[string]HelperKind{
		"isAdmin":     Protects,
		"isAdminSoft": Check,
		"isAdminById": NotAuth,
	} {
		if h := m.HelperOf("src/server/perm.ts", name, testSpec); h.Kind != want {
			t.Errorf("helper %s: %v (%s), want %v", name, h.Kind, h.By, want)
		}
	}
}
