import { clerkClient } from '@clerk/nextjs/server'
import { withRole } from '@/lib/roles'

// The role wrapper authorizes the handler.
// ok: CLK201, CLK202
export const DELETE = withRole('org:admin', async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params
  const client = await clerkClient()
  await client.users.deleteUser(id)
  return new Response(null, { status: 204 })
})
