import { auth } from '@clerk/nextjs/server'
import { cache } from 'react'
import { cache as memo } from './memo'
import { prisma } from '@/lib/prisma'

// React's cache() memoises the lookup for one request; the function it
// returns checks the session like the one it wraps.
// ok: CLK101
export const currentMember = cache(async () => {
  const { userId } = await auth()
  if (!userId) return null
  return prisma.member.findUnique({ where: { clerkId: userId } })
})

// A cache() of the app's own is not React's: what it returns is unknown.
export const anyMember = memo(async () => prisma.member.findFirst())

// Throws a 401 response unless an organiser is signed in.
export async function requireOrganiser() {
  const member = await currentMember()
  if (!member || member.role !== 'ORGANISER') {
    throw Response.json({ error: 'forbidden' }, { status: 401 })
  }
  return member
}
