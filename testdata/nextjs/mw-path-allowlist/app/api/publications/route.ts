import { prisma } from '@/lib/prisma'

// '/api/publications' does not start with '/api/public/': signed in.
// ok: CLK101
export async function POST(req: Request) {
  const body = await req.json()
  return Response.json(await prisma.publication.create({ data: body }))
}
