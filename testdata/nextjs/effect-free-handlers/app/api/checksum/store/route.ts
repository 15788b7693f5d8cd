import { createHash } from 'node:crypto'
import { PrismaClient } from '@prisma/client'

const prisma = new PrismaClient()

// The same digest, then a row changed by it.
// ruleid: CLK101
export async function POST(req: Request) {
  const text = await req.text()
  const sha = createHash('sha256').update(text).digest('hex')
  await prisma.blob.update({ where: { sha }, data: { seen: true } })
  return Response.json({ sha })
}
