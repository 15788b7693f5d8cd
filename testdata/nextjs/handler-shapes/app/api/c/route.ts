import { isOrgAdmin, requireUserId } from '@/lib/auth'

// ok: CLK101, CLK102, CLK201, CLK202
export async function DELETE() {
  const userId = await requireUserId()
  if (!(await isOrgAdmin())) return new Response('Forbidden', { status: 403 })
  return Response.json({ deletedBy: userId })
}
