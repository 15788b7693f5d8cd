// ruleid: CLK103
import { auth } from '@clerk/nextjs/server'

// ok: CLK101
export async function GET() {
  const { userId } = await auth.protect()
  return Response.json({ userId })
}
