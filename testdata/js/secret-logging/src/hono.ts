import { Hono } from 'hono'
import { error } from '@sveltejs/kit'

const app = new Hono()

app.get('/debug', (c) => {
  // ruleid: CLK008
  return c.json({ key: process.env.CLERK_SECRET_KEY })
})

app.get('/health', (c) => {
  // ok: CLK008
  return c.json({ key: Boolean(process.env.CLERK_SECRET_KEY) })
})

export function failLoudly() {
  // ruleid: CLK008
  error(500, `bad key ${process.env.CLERK_SECRET_KEY}`)
}

export default app
