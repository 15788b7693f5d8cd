import express from 'express'
import { Webhook } from 'svix'
import { clerkMiddleware, getAuth } from '@clerk/express'

const app = express()

// Keep the exact bytes for signature checks while parsing JSON for everyone.
app.use(
  express.json({
    verify: (req, _res, buf) => {
      ;(req as express.Request & { rawBody?: Buffer }).rawBody = buf
    },
  }),
)
app.use(clerkMiddleware())

app.post('/api/webhooks/clerk', (req, res) => {
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET!)
  try {
    const evt = wh.verify((req as express.Request & { rawBody?: Buffer }).rawBody!.toString('utf8'), {
      'svix-id': req.header('svix-id')!,
      'svix-timestamp': req.header('svix-timestamp')!,
      'svix-signature': req.header('svix-signature')!,
    }) as { type: string; data: { id: string } }
    if (evt.type === 'user.deleted') console.log('delete', evt.data.id)
    res.status(200).end()
  } catch {
    res.status(400).send('invalid signature')
  }
})

app.get('/api/me', (req, res) => {
  const { userId } = getAuth(req)
  if (!userId) return res.status(401).end()
  res.json({ userId })
})

export default app
