import { clerkClient } from '@clerk/nextjs/server'

// The middleware requires org:admin on /api/staff.
// ok: CLK201, CLK202
export async function DELETE(req: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params
  const client = await clerkClient()
  await client.users.deleteUser(id)
  return new Response(null, { status: 204 })
}
