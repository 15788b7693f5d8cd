import { Hono } from 'hono'
import { Webhook } from 'svix'
import { verifyWebhook } from '@clerk/backend/webhooks'
import { clerkMiddleware } from '@hono/clerk-auth'

const app = new Hono()
const wh = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET ?? '')

// The raw text is what Svix signed.
// ok: CLK101, CLK304
app.post('/webhooks/svix', async (c) => {
  const payload = await c.req.text()
  try {
    // ok: CLK304
    const evt = wh.verify(payload, c.req.header()) as { type: string }
    return c.json({ received: evt.type })
  } catch {
    return c.text('bad signature', 400)
  }
})

// ok: CLK101
app.post('/webhooks/clerk', async (c) => {
  try {
    const evt = await verifyWebhook(c.req.raw)
    // Reading the event, not the body, after verifying.
    // ok: CLK304
    return c.json({ received: evt.type })
  } catch {
    return c.text('bad signature', 400)
  }
})

// ok: CLK101
app.post('/webhooks/early-read', async (c) => {
  // ruleid: CLK304
  const body = await c.req.json()
  try {
    const evt = await verifyWebhook(c.req.raw)
    return c.json({ received: evt.type, id: body.data?.id })
  } catch {
    return c.text('bad signature', 400)
  }
})

app.use('*', clerkMiddleware())

export default app
