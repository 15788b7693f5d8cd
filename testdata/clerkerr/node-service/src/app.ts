import { Hono } from 'hono'
import { clerkMiddleware, getAuth } from '@hono/clerk-auth'

const app = new Hono()
app.use('*', clerkMiddleware())

// The rollback runs on a path that already answers 502: its own failure is
// only logged.
// ok: CLK101
app.post('/api/teams', async (c) => {
  const auth = getAuth(c)
  if (!auth?.userId || auth.orgRole !== 'org:admin') return c.json({ error: 'forbidden' }, 403)
  const clerk = c.get('clerk')
  const org = await clerk.organizations.createOrganization({ name: 'team', createdBy: auth.userId })
  try {
    await fetch('https://billing.example.com/teams', { method: 'POST', body: org.id })
  } catch (e) {
    try {
      // ok: CLK501
      await clerk.organizations.deleteOrganization(org.id)
    } catch (cleanup) {
      console.error('rollback failed', cleanup)
    }
    return c.json({ error: 'billing unavailable' }, 502)
  }
  return c.json({ id: org.id }, 201)
})

// The same call awaited in a try that only logs, then success.
// ok: CLK101
app.delete('/api/teams/:id', async (c) => {
  const auth = getAuth(c)
  if (!auth?.userId || auth.orgRole !== 'org:admin') return c.json({ error: 'forbidden' }, 403)
  const clerk = c.get('clerk')
  try {
    // ruleid: CLK501
    await clerk.organizations.deleteOrganization(c.req.param('id'))
  } catch (e) {
    console.error(e)
  }
  return c.json({ deleted: true })
})

export default app
