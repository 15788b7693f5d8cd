import express from 'express'
import { createHash, timingSafeEqual } from 'node:crypto'
import { clerkMiddleware } from '@clerk/express'
import { pool } from './db.js'

const app = express()
app.use(clerkMiddleware()) // authenticates, rejects nothing

// The scheduler's key, hashed on both sides and compared in constant time.
// ok: CLK101
app.post('/internal/jobs/expire', async (req, res) => {
  const sent = createHash('sha256').update(String(req.headers['x-job-key'] ?? '')).digest()
  const wanted = createHash('sha256').update(process.env.JOB_SECRET ?? '').digest()
  if (!timingSafeEqual(sent, wanted)) return res.status(401).end()
  await pool.query('DELETE FROM sessions WHERE expires_at < now()')
  res.json({ ok: true })
})

// The same digests, but a mismatch is only logged.
// ruleid: CLK101
app.post('/internal/jobs/purge', async (req, res) => {
  const sent = createHash('sha256').update(String(req.headers['x-job-key'] ?? '')).digest()
  const wanted = createHash('sha256').update(process.env.JOB_SECRET ?? '').digest()
  const same = timingSafeEqual(sent, wanted)
  if (!same) console.warn('job key mismatch')
  await pool.query('DELETE FROM uploads WHERE orphaned')
  res.json({ ok: true })
})

app.listen(3000)
