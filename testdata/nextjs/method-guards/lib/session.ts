// The app keeps its guards as methods of one service object.
// ok: CLK101, CLK102
import { auth, clerkClient } from '@clerk/nextjs/server'
import { redirect } from 'next/navigation'
import { prisma } from './prisma'

export const SessionService = {
  async read() {
    return auth()
  },

  // Ends the session and sends the visitor to sign in: it never returns.
  async signOut(sessionId: string | null) {
    if (sessionId) {
      const client = await clerkClient()
      await client.sessions.revokeSession(sessionId)
    }
    throw redirect('/sign-in')
  },

  async requireUserId() {
    const { userId, sessionId } = await this.read()
    if (!userId) {
      return await this.signOut(sessionId)
    }
    return userId
  },

  async requireAdmin() {
    const userId = await this.requireUserId()
    const member = await prisma.member.findUnique({ where: { clerkId: userId } })
    if (member?.role !== 'ADMIN') throw new Error('forbidden')
    return member
  },

  // Null for a signed-out visitor: the caller decides.
  async userIdOrNull() {
    const { userId } = await auth()
    return userId
  },

  // Records who is there and goes on, signed in or not.
  async trace() {
    const { userId } = await auth()
    console.info('request by', userId ?? 'anonymous')
  },
}
