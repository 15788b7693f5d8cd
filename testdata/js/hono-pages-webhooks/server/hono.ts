import { Hono } from 'hono'
import { verifyWebhook } from '@clerk/backend/webhooks'
import { createClerkClient } from '@clerk/backend'
import pino from 'pino'

const logger = pino()
const clerk = createClerkClient({ secretKey: process.env.CLERK_SECRET_KEY })
const app = new Hono()

const secretKey = process.env.CLERK_SECRET_KEY
if (!secretKey) {
  console.error('CLERK_SECRET_KEY is missing: set it in the environment')
  process.exit(1)
}
logger.info({ hasSecret: !!process.env.CLERK_SECRET_KEY, publishableKey: process.env.CLERK_PUBLISHABLE_KEY }, 'clerk configured')

app.post('/api/webhooks', async (c) => {
  try {
    const evt = await verifyWebhook(c.req.raw, { signingSecret: process.env.CLERK_WEBHOOK_SIGNING_SECRET })
    if (evt.type === 'user.deleted' && evt.data.id) {
      logger.info({ userId: evt.data.id }, 'user deleted')
    }
    return c.text('ok')
  } catch (err) {
    logger.error({ err }, 'webhook verification failed')
    return c.text('bad signature', 400)
  }
})

app.get('/api/me', async (c) => {
  const state = await clerk.authenticateRequest(c.req.raw, { authorizedParties: ['https://app.example.com'] })
  if (!state.isAuthenticated) return c.json({ error: 'Unauthorized' }, 401)
  const { userId } = state.toAuth()
  try {
    const user = await clerk.users.getUser(userId)
    return c.json({ email: user.primaryEmailAddress?.emailAddress })
  } catch (err) {
    console.error('Clerk API error', err)
    return c.json({ error: 'Could not load the user' }, 502)
  }
})

export default app
