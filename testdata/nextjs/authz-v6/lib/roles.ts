import { auth } from '@clerk/nextjs/server'

// A role helper: handlers calling it are authorized (role-functions).
export async function requireAdmin() {
  const { has } = await auth()
  if (!has({ role: 'org:admin' })) throw new Error('forbidden')
}
