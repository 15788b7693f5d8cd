import express, { Router } from 'express'
import bodyParser from 'body-parser'
import { verifyWebhook } from '@clerk/express/webhooks'

const webhooks = Router()
webhooks.post('/clerk', bodyParser.raw({ type: 'application/json' }), async (req, res) => {
  try {
    const evt = await verifyWebhook(req)
    if (evt.type === 'user.created' || evt.type === 'user.deleted') {
      console.log(evt.type, evt.data.id)
    }
    res.send('ok')
  } catch {
    res.status(400).send('bad signature')
  }
})

const app = express()
app.use('/webhooks', webhooks)
app.use(express.json())
app.listen(3000)
