import { orElse } from '@/lib/fallback'
import { myPlan } from '@/lib/plan'

// Reads only the caller's own Clerk record; signed out it answers 'free'.
// ok: CLK101
export async function GET() {
  const plan = await orElse(() => myPlan(), 'free')
  return Response.json({ plan })
}
