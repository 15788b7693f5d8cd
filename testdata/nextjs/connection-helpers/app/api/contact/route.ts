import { connectWithHooks } from '@/lib/db'
import { Subscriber } from '@/models/subscriber'

// Same form, but the connection helper registers handlers under event
// names it is given: what it does is not known, so the route is judged as
// one that may need a user.
// ruleid: CLK101
export async function POST(req: Request) {
  await connectWithHooks({ reconnected: () => console.info('back') })
  const { email } = await req.json()
  await Subscriber.create({ email, source: 'contact' })
  return Response.json({ ok: true })
}
