import { auth } from '@clerk/nextjs/server'

// A response built from the session is judged like any other use (as a
// route handler always builds one).
export async function GET() {
  // ruleid: CLK102
  const { userId } = await auth()
  return Response.json({ userId })
}
