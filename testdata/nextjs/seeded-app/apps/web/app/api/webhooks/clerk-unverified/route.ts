import { db } from '@/lib/db'

export async function POST(req: Request) {
  // Anyone can POST a forged event here: nothing checks the svix signature.
  const evt = await req.json()
  // ruleid: CLK301
  if (evt.type === 'user.created') {
    await db.user.create({ data: { clerkId: evt.data.id } })
  }
  if (evt.type === 'user.deleted') {
    await db.user.delete({ where: { clerkId: evt.data.id } })
  }
  return new Response('ok')
}
