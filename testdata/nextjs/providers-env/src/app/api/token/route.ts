import { clerk } from '@/lib/clerk'
import { verifyToken } from '@clerk/backend'

// ok: CLK101, CLK102, CLK201, CLK202
export async function POST(req: Request) {
  const requestState = await clerk.authenticateRequest(req, {
    authorizedParties: ['https://app.example.com'],
  })
  if (!requestState.isAuthenticated) {
    return new Response('Unauthorized', { status: 401 })
  }
  const { token } = await req.json()
  try {
    const claims = await verifyToken(token, {
      secretKey: process.env.CLERK_SECRET_KEY,
      authorizedParties: ['https://app.example.com'],
    })
    return Response.json({ sub: claims.sub })
  } catch {
    return new Response('Invalid token', { status: 401 })
  }
}
