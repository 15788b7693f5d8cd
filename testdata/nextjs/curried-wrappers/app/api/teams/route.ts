import type { NextRequest } from 'next/server'
import { db } from '@/lib/db'
import { requireMember } from '@/lib/wrappers'

// The checking wrapper, built and applied inside the handler.
// ok: CLK101
export async function POST(req: NextRequest) {
  return requireMember('admins')(async (req: NextRequest) => {
    const team = await db.team.create({ data: await req.json() })
    return Response.json(team)
  })(req)
}

// An early return before the wrapped handler runs anything: the write
// below is reached without a check.
// ruleid: CLK101
export async function PUT(req: NextRequest) {
  if (req.headers.get('x-preview')) {
    const team = await db.team.create({ data: await req.json() })
    return Response.json(team)
  }
  return requireMember('admins')(async (req: NextRequest) => Response.json({ ok: true }))(req)
}
