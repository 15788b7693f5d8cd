import { auth } from '@clerk/nextjs/server'
import { archiveReports } from '../../../lib/reports'

// ok: CLK101
export async function POST(req: Request) {
  const { userId } = await auth()
  if (!userId) return new Response('unauthorized', { status: 401 })
  const { team } = await req.json()
  await archiveReports(team)
  return new Response('ok')
}
