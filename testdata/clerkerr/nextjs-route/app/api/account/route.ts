import { auth, clerkClient } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// The account is removed from the database whether or not Clerk deleted the
// user: the catch only logs, and the handler answers success.
export async function DELETE() {
  const { userId } = await auth.protect()
  try {
    const clerk = await clerkClient()
    // ruleid: CLK501
    await clerk.users.deleteUser(userId)
  } catch (err) {
    console.error('clerk delete failed', err)
  }
  await db.account.deleteMany({ where: { userId } })
  return Response.json({ deleted: true })
}

// The twin answers the failure with a 503 before touching the database.
export async function POST() {
  const { userId } = await auth.protect()
  try {
    const clerk = await clerkClient()
    // ok: CLK501
    await clerk.users.deleteUser(userId)
  } catch (err) {
    console.error('clerk delete failed', err)
    return Response.json({ error: 'user service unavailable' }, { status: 503 })
  }
  await db.account.deleteMany({ where: { userId } })
  return Response.json({ deleted: true })
}

// An empty catch around a metadata update (v5's clerkClient object).
export async function PATCH(req: Request) {
  const { userId } = await auth.protect()
  const { theme } = await req.json()
  try {
    // ruleid: CLK501
    await (await clerkClient()).users.updateUserMetadata(userId, { unsafeMetadata: { theme } })
  } catch {}
  return Response.json({ ok: true })
}

// A read swallowed fails closed: the caller gets no profile, not a pass.
export async function GET() {
  const { userId } = await auth.protect()
  let name = ''
  try {
    const clerk = await clerkClient()
    // ok: CLK501
    const user = await clerk.users.getUser(userId)
    name = user.firstName ?? ''
  } catch (err) {
    console.warn('profile unavailable', err)
  }
  return Response.json({ name })
}
