import { createHash } from 'node:crypto'
import crypto from 'node:crypto'

// A digest's update() feeds the hash, it writes no table.
// ok: CLK101
export async function POST(req: Request) {
  const text = await req.text()
  const sha = createHash('sha256').update(text).digest('hex')
  const mac = crypto.createHmac('sha1', 'fixture-salt').update(text).digest('base64')
  return Response.json({ sha, mac })
}
