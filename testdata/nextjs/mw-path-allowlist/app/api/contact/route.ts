import { prisma } from '@/lib/prisma'

// Named exactly in the app's public list: a contact form open to visitors.
// ok: CLK101
export async function POST(req: Request) {
  const { email, message } = await req.json()
  return Response.json(await prisma.contactMessage.create({ data: { email, message } }))
}
