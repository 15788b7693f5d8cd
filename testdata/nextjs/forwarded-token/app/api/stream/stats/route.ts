import { streamStats } from '@/lib/stream'

// ruleid: CLK101
export async function GET(request: Request) {
  return Response.json(await streamStats(request))
}
