import { auth } from '@clerk/nextjs/server'

export async function getUserId() {
  const { userId } = await auth()
  return userId
}

export async function isOrgAdmin() {
  const { has } = await auth()
  return has({ role: 'org:admin' })
}

export async function requireUserId() {
  const { userId } = await auth()
  if (!userId) throw new Error('Unauthorized')
  return userId
}
