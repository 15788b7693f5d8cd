const express = require('express')
const { ClerkExpressRequireAuth, ClerkExpressWithAuth } = require('@clerk/clerk-sdk-node')
const { Webhook } = require('svix')
const { Order } = require('./models')

const app = express()

// ok: CLK101
app.get('/healthz', (req, res) => res.send('ok'))

// ruleid: CLK101
app.delete('/api/orders/:id', async (req, res) => {
  await Order.findByIdAndDelete(req.params.id)
  res.status(204).end()
})

// The legacy router is mounted before any Clerk middleware.
app.use('/api/legacy', require('./routes/legacy'))

app.use(ClerkExpressRequireAuth())

// ruleid: CLK302
app.post('/api/webhooks/clerk', express.raw({ type: 'application/json' }), async (req, res) => {
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SECRET)
  const evt = wh.verify(req.body, req.headers)
  if (evt.type === 'user.deleted') await Order.deleteMany({ userId: evt.data.id })
  res.send('ok')
})

app.use('/api/orders', require('./routes/orders'))

// ok: CLK101
app.get('/api/me', (req, res) => res.json({ userId: req.auth.userId }))

app.listen(3000)
