import { partnerJson } from '@/lib/backend'

// Sends the app's partner key in the query string.
// ruleid: CLK101
export async function GET() {
  return Response.json(await partnerJson('/prices'))
}
