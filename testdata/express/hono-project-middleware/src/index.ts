import { Hono } from 'hono'
import { clerkMiddleware } from '@hono/clerk-auth'
import signedIn from './middleware/signedIn'
import { logged } from './middleware/logged'
import { db, notes } from './db'

// ruleid: CLK101
const open = new Hono()
  .use(clerkMiddleware(), logged)
  .post('/', async (c) => {
    await db.insert(notes).values({ body: (await c.req.json()).body })
    return c.json({ ok: true }, 201)
  })

// ok: CLK101
const closed = new Hono()
  .get('/health', (c) => c.text('ok'))
  .use(clerkMiddleware(), signedIn)
  .post('/', async (c) => {
    await db.insert(notes).values({ body: (await c.req.json()).body })
    return c.json({ ok: true }, 201)
  })
  .delete('/:id', async (c) => {
    await db.delete(notes).where(c.req.param('id'))
    return c.body(null, 204)
  })

const app = new Hono()
app.route('/open-notes', open)
app.route('/notes', closed)

export default app
