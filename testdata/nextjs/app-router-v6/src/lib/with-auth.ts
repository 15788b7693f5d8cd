import { auth } from '@clerk/nextjs/server'

type Handler = (req: Request, userId: string) => Promise<Response>

// ok: CLK101
export function withAuth(handler: Handler) {
  return async (req: Request) => {
    const { userId } = await auth()
    if (!userId) return new Response('Unauthorized', { status: 401 })
    return handler(req, userId)
  }
}
