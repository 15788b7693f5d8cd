import { serviceJson } from '@/lib/backend'

// Sends the app's API key in a header set on a Headers object.
// ruleid: CLK101
export async function GET() {
  return Response.json(await serviceJson('/stock'))
}
