import { auth } from '@clerk/nextjs/server'
import { createSafeActionClient } from 'next-safe-action'

// ok: CLK101
export const actionClient = createSafeActionClient()

// Every action built on it runs this first: signed out, it throws.
// ok: CLK101
export const authClient = actionClient.use(async ({ next }) => {
  const { userId } = await auth()
  if (!userId) throw new Error('Unauthorized')
  return next({ ctx: { userId } })
})

// Built on the authenticated client: its actions are checked too.
// ok: CLK101
export const auditedClient = authClient.use(async ({ next }) => {
  const started = Date.now()
  const result = await next()
  console.log('action took', Date.now() - started)
  return result
})

// Logs, but lets anyone through.
// ok: CLK101
export const loggedClient = actionClient.use(async ({ next }) => {
  console.log('action called')
  return next()
})
