import { auth } from '@clerk/nextjs/server'

// userId is read and used, never checked: signed-out requests get userId null.
export async function GET() {
  // ruleid: CLK102
  const { userId } = await auth()
  return Response.json({ owner: userId, notes: [] })
}
