import { db } from '@/lib/db'

// A directory of live streams: neither the URL nor the table names a user.
// ok: CLK101
export async function GET(req: Request) {
  const live = new URL(req.url).searchParams.get('live') === '1'
  const streams = await db.stream.findMany({ where: live ? { isLive: true } : {}, take: 50 })
  return Response.json({ streams })
}

// Starting a stream writes: a catalog URL does not open writes.
// ruleid: CLK101
export async function POST(req: Request) {
  const { title } = await req.json()
  return Response.json(await db.stream.create({ data: { title } }))
}
