'use server'
import { auth, clerkClient } from '@clerk/nextjs/server'

export async function impersonate(userId: string) {
  const { userId: adminId } = await auth.protect({ role: 'org:admin' })
  const client = await clerkClient()
  // ruleid: CLK801
  const token = await client.actorTokens.create({ userId, actor: { sub: adminId }, expiresInSeconds: 600 })
  return token.url
}
