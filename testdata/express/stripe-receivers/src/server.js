import express from 'express'
import { clerkMiddleware } from '@clerk/express'
import { stripeEvents, paymentEvents } from './controllers/payments.js'

const app = express()

// ok: CLK101
app.post('/stripe', express.raw({ type: 'application/json' }), stripeEvents)

// ruleid: CLK101
app.post('/payments/events', express.json(), paymentEvents)

app.use(express.json())
app.use(clerkMiddleware())

app.listen(3000)
