// ok: CLK101
import 'server-only'
import { auth } from '@clerk/nextjs/server'
import createClient, { type Middleware } from 'openapi-fetch'

// The app's own API checks the Clerk session on every route; this client
// adds the caller's session token when there is one.
const forwardSession: Middleware = {
  async onRequest({ request }) {
    const { userId, getToken } = await auth()
    if (!userId) return request
    const token = await getToken()
    if (token) request.headers.set('Authorization', `Bearer ${token}`)
    return request
  },
}

export const backend = createClient({ baseUrl: process.env.BACKEND_URL ?? '/api' })
backend.use(forwardSession)
