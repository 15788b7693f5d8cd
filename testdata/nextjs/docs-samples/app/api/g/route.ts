import { getAuth } from '@clerk/nextjs/server'
import type { NextRequest } from 'next/server'

// ok: CLK101, CLK102, CLK201, CLK202
export async function GET(req: NextRequest) {
  const { userId, orgId } = getAuth(req)
  if (!orgId) {
    return Response.json({ error: 'No active organization' }, { status: 403 })
  }
  return Response.json({ userId, orgId })
}
