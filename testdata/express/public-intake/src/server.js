import express from 'express'
import nodemailer from 'nodemailer'
import { clerkMiddleware, requireAuth } from '@clerk/express'
import { pool } from './db.js'

const app = express()
app.use(express.json())
app.use(clerkMiddleware()) // authenticates, rejects nothing

const transporter = nodemailer.createTransport({ host: process.env.SMTP_HOST, auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD } })

// The clinic's contact form: stores the message, mails the front desk.
// ok: CLK101
app.post('/api/contact', async (req, res) => {
  const { name, email, message } = req.body
  await pool.query('INSERT INTO contact_messages (name, email, message) VALUES ($1, $2, $3)', [name, email, message])
  await transporter.sendMail({ from: 'web@clinic.example', to: 'desk@clinic.example', subject: `Message from ${name}`, text: message })
  res.status(201).json({ ok: true })
})

// An upsert overwrites the row of an address anyone can type.
// ruleid: CLK101
app.post('/api/newsletter/subscribe', async (req, res) => {
  await pool.query('INSERT INTO subscribers (email, name) VALUES ($1, $2) ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name', [req.body.email, req.body.name])
  res.json({ ok: true })
})

// A feedback URL that deletes rows is no intake form.
// ruleid: CLK101
app.delete('/api/feedback/:id', async (req, res) => {
  await pool.query('DELETE FROM feedback WHERE id = $1', [req.params.id])
  res.status(204).end()
})

// The e-mailed confirmation link: its token selects the one row it marks.
// ok: CLK101
app.get('/api/visits/confirm/:token', async (req, res) => {
  await pool.query('UPDATE appointment_requests SET confirmed = true WHERE confirm_token = $1', [req.params.token])
  res.send('Confirmed')
})

// An id in the path is no capability: anyone can confirm any request.
// ruleid: CLK101
app.post('/api/requests/:id/confirm', async (req, res) => {
  await pool.query('UPDATE appointment_requests SET confirmed = true WHERE id = $1', [req.params.id])
  res.json({ ok: true })
})

app.get('/api/me/requests', requireAuth(), async (req, res) => {
  res.json((await pool.query('SELECT * FROM appointment_requests')).rows)
})

app.listen(3000)
