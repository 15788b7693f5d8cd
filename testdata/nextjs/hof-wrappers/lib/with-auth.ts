import { auth } from '@clerk/nextjs/server'
import type { NextApiHandler, NextApiRequest, NextApiResponse } from 'next'
import { getAuth } from '@clerk/nextjs/server'

type Handler = (req: Request, ctx: { userId: string }) => Promise<Response>

// Checks the session, then hands the user id to the route's handler.
export function withAuth(handler: Handler) {
  return async (req: Request) => {
    const { userId } = await auth()
    if (!userId) return new Response('Unauthorized', { status: 401 })
    return handler(req, { userId })
  }
}

// The Pages Router form.
export function withApiAuth(handler: NextApiHandler) {
  return async (req: NextApiRequest, res: NextApiResponse) => {
    const { userId } = getAuth(req)
    if (!userId) return res.status(401).json({ error: 'Unauthorized' })
    return handler(req, res)
  }
}
