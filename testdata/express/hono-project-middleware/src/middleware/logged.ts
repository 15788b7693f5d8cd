// ok: CLK101
import { createMiddleware } from 'hono/factory'

// Reads the session for a log line and lets everyone through.
export const logged = createMiddleware(async (c, next) => {
  console.log('caller', c.get('clerkAuth')?.userId)
  await next()
})
