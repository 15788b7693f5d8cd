import { orElse } from '@/lib/fallback'
import { planOf } from '@/lib/plan'

// Reads the Clerk record of whichever user the query names.
// ruleid: CLK101
export async function GET(req: Request) {
  const id = new URL(req.url).searchParams.get('user') ?? ''
  const plan = await orElse(() => planOf(id), 'free')
  return Response.json({ plan })
}
