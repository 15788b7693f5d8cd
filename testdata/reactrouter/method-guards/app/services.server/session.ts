// Guards as methods of a service object, calling each other through this.
// ok: CLK101, CLK102
import { clerkClient, getAuth } from '@clerk/react-router/server'
import { redirect, type LoaderFunctionArgs } from 'react-router'
import { db } from '~/db.server'

export const SessionService = {
  async getSession(args: LoaderFunctionArgs) {
    return getAuth(args)
  },

  // Revokes the caller's session and sends them to sign in; never returns.
  async logout(args: LoaderFunctionArgs, sessionId: string | null) {
    if (sessionId) {
      await clerkClient(args).sessions.revokeSession(sessionId)
    }
    throw redirect('/sign-in')
  },

  async requireUserId(args: LoaderFunctionArgs) {
    const { userId, sessionId } = await this.getSession(args)
    if (!userId) {
      return await this.logout(args, sessionId)
    }
    return userId
  },

  async requireUser(args: LoaderFunctionArgs, roles?: string[]) {
    const userId = await this.requireUserId(args)
    const user = await db.user.findUnique({ where: { clerkId: userId } })
    if (!user) throw new Response('Unauthorized', { status: 401 })
    if (roles && !roles.includes(user.role)) throw new Response('Forbidden', { status: 403 })
    return user
  },

  async requireAdmin(args: LoaderFunctionArgs) {
    return this.requireUser(args, ['ADMIN'])
  },

  // Says who is there; a signed-out visitor gets on all the same.
  async whoami(args: LoaderFunctionArgs) {
    const { userId } = await getAuth(args)
    console.info('request by', userId)
  },
}
