import { auth, createClerkClient } from '@clerk/nextjs/server'

const clerk = createClerkClient({ secretKey: process.env.CLERK_SECRET_KEY })

// A role read from the request body authorizes nothing.
// ruleid: CLK201
export async function POST(req: Request) {
  const { userId } = await auth.protect()
  const body = await req.json()
  if (body.role !== 'admin') return new Response('Forbidden', { status: 403 })
  // Impersonation is a paid add-on too.
  // ruleid: CLK801
  const token = await clerk.actorTokens.create({ userId: body.target, actor: { sub: userId } })
  return Response.json(token)
}
