import { auth } from '@clerk/nextjs/server'

// ok: CLK101, CLK102, CLK201, CLK202
export async function GET() {
  const { has } = await auth()
  const hasPremiumAccess = has({ plan: 'gold' })
  if (!hasPremiumAccess) {
    return Response.json({ error: 'Gold plan required' }, { status: 402 })
  }
  return Response.json({ premium: true })
}
