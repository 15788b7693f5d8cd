import { connectDB } from '@/lib/db'
import { Subscriber } from '@/models/subscriber'

// The footer's signup form: anyone may add an address. The connection
// helper's dotenv load and event handlers do nothing a session matters for.
// ok: CLK101
export async function POST(req: Request) {
  await connectDB()
  const { email } = await req.json()
  const known = await Subscriber.findOne({ email })
  if (!known) await Subscriber.create({ email, source: 'footer' })
  return Response.json({ subscribed: true })
}
