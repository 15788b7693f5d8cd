import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

export async function DELETE(req: Request, { params }: { params: Promise<{ id: string }> }) {
  await auth.protect({ role: 'org:admin' })
  const { id } = await params
  // ok: CLK203 (admin-gated)
  await prisma.invoice.delete({ where: { id } })
  return new Response(null, { status: 204 })
}
