import { auth } from '@clerk/nextjs/server'

// Returns null when signed out: callers check it.
export async function currentUserId() {
  const { userId } = await auth()
  return userId
}

export async function canExport() {
  const { has } = await auth()
  return has({ permission: 'org:reports:export' })
}
