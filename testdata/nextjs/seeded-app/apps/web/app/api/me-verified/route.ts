import { verifyToken } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// ok: CLK101, CLK104
export async function GET(req: Request) {
  const token = req.headers.get('authorization')?.replace('Bearer ', '') ?? ''
  try {
    const claims = await verifyToken(token, {
      secretKey: process.env.CLERK_SECRET_KEY,
      authorizedParties: ['https://app.example.com'],
    })
    const user = await db.user.findUnique({ where: { clerkId: claims.sub } })
    return Response.json(user)
  } catch {
    return new Response('Unauthorized', { status: 401 })
  }
}
