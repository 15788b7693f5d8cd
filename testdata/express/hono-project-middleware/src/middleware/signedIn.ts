// ok: CLK101
import { createMiddleware } from 'hono/factory'

// Answers 401 itself instead of throwing HTTPException.
export default createMiddleware(async (c, next) => {
  if (!c.get('clerkAuth')?.userId) {
    return c.json({ error: 'sign in first' }, 401)
  }
  await next()
})
