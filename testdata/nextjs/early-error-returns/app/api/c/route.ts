import { auth } from '@clerk/nextjs/server'
import { PrismaClient } from '@prisma/client'

const db = new PrismaClient()

// A fixed 400 for a bad query string, then the session check.
// ok: CLK101, CLK102
export async function GET(req: Request) {
  const limit = Number(new URL(req.url).searchParams.get('limit') ?? '10')
  if (Number.isNaN(limit) || limit > 100) {
    return Response.json({ error: 'limit must be a number up to 100' }, { status: 400 })
  }
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  return Response.json(await db.note.findMany({ where: { ownerId: userId }, take: limit }))
}

// A dry run answers before the check with what it read (a count of every
// note): no fixed answer, so the check does not cover that path.
// ruleid: CLK101
export async function POST(req: Request) {
  const body = await req.json()
  if (body.dryRun) {
    return Response.json({ wouldCreate: body, count: await db.note.count() })
  }
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  return Response.json(await db.note.create({ data: { ownerId: userId, text: body.text } }))
}
