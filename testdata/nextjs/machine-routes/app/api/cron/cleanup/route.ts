import type { NextRequest } from 'next/server'

// ok: CLK101, CLK102, CLK201, CLK202
export async function GET(request: NextRequest) {
  const authHeader = request.headers.get('authorization')
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) {
    return new Response('Unauthorized', { status: 401 })
  }
  return Response.json({ cleaned: 0 })
}
