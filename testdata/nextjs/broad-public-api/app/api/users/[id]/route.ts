import { clerkClient } from '@clerk/nextjs/server'

// Deletes a Clerk user for anyone who asks.
// ruleid: CLK101
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const client = await clerkClient()
  await client.users.deleteUser(id)
  return new Response(null, { status: 204 })
}
