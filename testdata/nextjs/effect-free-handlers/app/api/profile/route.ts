import { auth } from '@clerk/nextjs/server'
import { loadProfile } from '@/lib/profile'

// What loadProfile does is unknown to the analysis: assumed to need a user.
// ruleid: CLK101
export async function GET() {
  return Response.json(await loadProfile())
}
