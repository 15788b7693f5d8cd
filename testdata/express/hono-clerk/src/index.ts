import { Hono } from 'hono'
import { clerkMiddleware } from '@hono/clerk-auth'
import bookmarks from './routes/bookmarks'

const app = new Hono().basePath('/api')

// ok: CLK101
app.get('/health', (c) => c.text('ok'))

app.use('*', clerkMiddleware())
app.route('/bookmarks', bookmarks)

export default app
