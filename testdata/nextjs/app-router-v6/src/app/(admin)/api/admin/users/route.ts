import { clerkClient } from '@clerk/nextjs/server'

// A route group adds no URL segment: this is /api/admin/users, not in the denylist.
// ruleid: CLK101
export async function GET() {
  const client = await clerkClient()
  return Response.json(await client.users.getUserList())
}
