import { clerkClient } from '@clerk/nextjs/server'

// Only the auth pages' signed-in redirect names nothing near this URL: the
// user id comes from the body and nothing checks the session.
// ruleid: CLK101
export async function POST(req: Request) {
  const { userId, plan } = await req.json()
  const client = await clerkClient()
  await client.users.updateUserMetadata(userId, { publicMetadata: { plan } })
  return Response.json({ ok: true })
}
