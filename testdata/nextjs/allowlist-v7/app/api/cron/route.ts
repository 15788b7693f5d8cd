import { auth } from '@clerk/nextjs/server'

// (await auth()).protect() at the top protects it even where the proxy would not.
// ok: CLK101
export async function POST() {
  await (await auth()).protect()
  return Response.json({ ran: true })
}
