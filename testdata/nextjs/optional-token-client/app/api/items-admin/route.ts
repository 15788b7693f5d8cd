import { listItems } from '@/lib/items'

// The same helper given the app's service token.
// ruleid: CLK101
export async function GET() {
  return Response.json(await listItems({ limit: 500 }, { token: process.env.INVENTORY_SERVICE_TOKEN }))
}
