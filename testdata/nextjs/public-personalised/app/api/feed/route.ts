import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

// A public feed, with the visitor's saved items when signed in.
export async function GET() {
  // ok: CLK102
  const { userId } = await auth()
  const saved = userId ? await prisma.saved.findMany({ where: { userId } }) : []
  const items = await prisma.item.findMany({ take: 20 })
  return Response.json({ items, saved })
}

// Posting to the same public URL still needs the session it writes with.
export async function POST(req: Request) {
  // ruleid: CLK102
  const { userId } = await auth()
  const { title } = await req.json()
  await prisma.item.create({ data: { title, ownerId: userId } })
  return Response.json({ ok: true })
}
