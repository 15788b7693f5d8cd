import { auth } from '@clerk/nextjs/server'

// A check that only logs does not exit.
// ruleid: CLK102
export async function POST() {
  const { userId } = await auth()
  if (!userId) console.warn('anonymous request')
  return Response.json({ saved: true })
}
