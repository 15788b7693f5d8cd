import { auth } from '@clerk/nextjs/server'

// A check that only logs does not exit.
export async function POST() {
  // ruleid: CLK102
  const { userId } = await auth()
  if (!userId) console.warn('anonymous request')
  return Response.json({ saved: true })
}
