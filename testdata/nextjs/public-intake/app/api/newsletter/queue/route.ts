// A Map every request shares is the app's store: what a visitor puts in
// it, the next request reads.
const pending = new Map<string, string>()

// ruleid: CLK101
export async function POST(req: Request) {
  const { email, note } = await req.json()
  pending.set(email, note)
  return Response.json({ queued: pending.size })
}
