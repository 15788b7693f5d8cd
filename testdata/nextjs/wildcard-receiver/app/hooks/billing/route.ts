import { db } from '@/lib/db'

// The only route under '/hooks(.*)', with no GET, yet the wildcard also
// stands for "billing", a name the entry never wrote: a blanket opening,
// not one written for this write.
// ruleid: CLK101
export async function POST(req: Request) {
  const { account, plan } = await req.json()
  await db.subscription.update({ where: { account }, data: { plan } })
  return Response.json({ ok: true })
}
