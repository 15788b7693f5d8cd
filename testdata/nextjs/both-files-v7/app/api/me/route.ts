// ok: CLK103
import { auth } from '@clerk/nextjs/server'

// ok: CLK101
export async function GET() {
  await auth.protect()
  return Response.json({ ok: true })
}
