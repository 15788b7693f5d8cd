import { auth } from '@clerk/nextjs/server'

async function handler(req: Request) {
  const authObj = await auth()
  if (!authObj.userId) {
    return new Response('Unauthorized', { status: 401 })
  }
  return Response.json({ method: req.method, user: authObj.userId })
}

export { handler as GET, handler as POST }
