import { directory } from 'creator-directory-sdk'

// What the SDK call does is not known; a GET at a URL naming no user or
// private resource is taken as a catalogue's.
// ok: CLK101
export async function GET() {
  return Response.json(await directory.list())
}

// The same unknown call on a POST may change something: not taken as public.
// ruleid: CLK101
export async function POST(req: Request) {
  const { handle } = await req.json()
  return Response.json(await directory.claim(handle))
}
