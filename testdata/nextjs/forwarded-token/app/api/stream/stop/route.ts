import { stopStream } from '@/lib/stream'

// ok: CLK101
export async function GET(request: Request) {
  return Response.json(await stopStream(request))
}
