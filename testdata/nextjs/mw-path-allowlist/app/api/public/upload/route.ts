import { prisma } from '@/lib/prisma'

// A write under the public prefix: the prefix opens a tree for reading,
// not this write.
// ruleid: CLK101
export async function POST(req: Request) {
  const { name, url } = await req.json()
  return Response.json(await prisma.file.create({ data: { name, url } }))
}
