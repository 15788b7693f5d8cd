import express from 'express'
import { verifyWebhook } from '@clerk/express/webhooks'
import { db } from '../lib/db'

// The global JSON parser runs before the webhook route: express.raw there is a no-op.
const app = express()
app.use(express.json())

// ruleid: CLK304
app.post('/api/webhooks', express.raw({ type: 'application/json' }), async (req, res) => {
  try {
    // ok: CLK301
    const evt = await verifyWebhook(req)
    if (evt.type === 'user.deleted') await db.user.delete({ id: evt.data.id })
    return res.status(200).end()
  } catch {
    return res.status(400).send('invalid signature')
  }
})

app.listen(3002)
