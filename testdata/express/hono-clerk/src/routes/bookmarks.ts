import { Hono } from 'hono'
import { getAuth } from '@hono/clerk-auth'
import { db } from '../db'
import { bookmarks } from '../schema'

const app = new Hono()

// ok: CLK101
app.get('/', async (c) => {
  const auth = getAuth(c)
  if (!auth?.userId) return c.json({ error: 'Unauthorized' }, 401)
  return c.json(await db.select().from(bookmarks))
})

// ruleid: CLK101
app.delete('/:id', async (c) => {
  await db.delete(bookmarks).where(c.req.param('id'))
  return c.body(null, 204)
})

app.post('/', async (c) => {
  // ruleid: CLK102
  const auth = getAuth(c)
  await db.insert(bookmarks).values({ owner: auth?.userId, url: (await c.req.json()).url })
  return c.json({ ok: true }, 201)
})

export default app
