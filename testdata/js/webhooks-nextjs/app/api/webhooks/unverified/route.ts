import { db } from '../../../../lib/db'

// Anyone can post a forged user.deleted here (harshdwivediiiii/pathfinder-ai#1720).
export async function POST(req: Request) {
  const evt = await req.json()
  // ruleid: CLK301
  if (evt.type === 'user.deleted') {
    await db.user.delete({ id: evt.data.id })
  }
  return new Response('ok')
}
