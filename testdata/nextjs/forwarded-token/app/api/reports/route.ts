import { serviceGet } from '@/lib/backend'

// ruleid: CLK101
export async function GET() {
  return Response.json(await serviceGet('/reports/all'))
}
