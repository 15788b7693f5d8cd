// A route handler: server code.
import { clerkClient } from '@clerk/nextjs/server'

export async function GET() {
  // ok: CLK004
  const key = process.env.CLERK_SECRET_KEY
  const client = await clerkClient()
  return Response.json({ configured: Boolean(key), users: await client.users.getCount() })
}
