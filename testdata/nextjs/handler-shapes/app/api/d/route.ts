import { auth } from '@clerk/nextjs/server'

// ok: CLK101, CLK102, CLK201, CLK202
export async function POST(req: Request) {
  const { userId, orgId } = await auth()
  if (!userId || !orgId) {
    return Response.json({ error: 'Select an organization' }, { status: 401 })
  }
  const body = await req.json()
  return Response.json({ orgId, body })
}
