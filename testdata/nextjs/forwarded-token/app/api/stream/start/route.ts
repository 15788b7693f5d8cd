import { startStream } from '@/lib/stream'

// ok: CLK101
export async function POST(request: Request) {
  return Response.json(await startStream(request, await request.json()))
}
