import { auth } from '@clerk/nextjs/server'

// userId is read and used, never checked: signed-out requests get userId null.
// ruleid: CLK102
export async function GET() {
  const { userId } = await auth()
  return Response.json({ owner: userId, notes: [] })
}
