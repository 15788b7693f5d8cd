import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'
import { isStaff } from '@/lib/staff'

export async function DELETE(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId } = await auth.protect()
  const { id } = await params
  if (await isStaff(userId)) {
    // ok: CLK203 (the privileged branch: the other one filters by the owner)
    await prisma.ticket.delete({ where: { id } })
  } else {
    await prisma.ticket.delete({ where: { id, userId } })
  }
  return new Response(null, { status: 204 })
}
