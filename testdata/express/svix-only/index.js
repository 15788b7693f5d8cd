// Receives Clerk's user events with svix alone: no Clerk SDK, no sessions.
const express = require('express')
const { Webhook } = require('svix')
const { Pool } = require('pg')

const pool = new Pool()
const app = express()
const wh = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET)

// ok: CLK304
app.post('/clerk/raw', express.raw({ type: 'application/json' }), (req, res) => {
  try {
    // ok: CLK301
    const evt = wh.verify(req.body, req.headers)
    return res.json({ type: evt.type })
  } catch {
    return res.status(400).end()
  }
})

app.use(express.json({ limit: '1mb' }))

// ruleid: CLK304
app.post('/clerk/users', express.raw({ type: 'application/json' }), async (req, res) => {
  let evt
  try {
    evt = wh.verify(req.body, req.headers)
  } catch {
    return res.status(400).end()
  }
  await pool.query('insert into users(id) values ($1)', [evt.data.id])
  return res.status(200).end()
})

// No Clerk SDK: the app's other routes are not Clerk's to judge.
// ok: CLK101
app.get('/users', async (req, res) => {
  res.json((await pool.query('select * from users')).rows)
})

app.listen(4000)
