import { currentUser } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// The list holds the caller's own choice of colour: no role is tested.
// ruleid: CLK201
export async function GET(req: Request) {
  const user = await currentUser()
  const colour = new URL(req.url).searchParams.get('colour') ?? ''
  if (!user || !['red', 'green'].includes(colour)) {
    return Response.json({ error: 'bad colour' }, { status: 400 })
  }
  return Response.json(await db.labels.all())
}
