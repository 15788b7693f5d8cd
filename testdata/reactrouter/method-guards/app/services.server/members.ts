// The same as a class: a static guard, an instance's methods.
// ok: CLK101, CLK102
import { clerkClient, getAuth } from '@clerk/react-router/server'
import type { LoaderFunctionArgs } from 'react-router'

export class MemberService {
  static async requireSignedIn(args: LoaderFunctionArgs) {
    const { userId } = await getAuth(args)
    if (!userId) throw new Response('Unauthorized', { status: 401 })
    return userId
  }

  // For a signed-out visitor it returns a value instead of throwing.
  async lookup(args: LoaderFunctionArgs) {
    const { userId } = await getAuth(args)
    if (!userId) return null
    return userId
  }

  async ban(args: LoaderFunctionArgs, userId: string) {
    await MemberService.requireSignedIn(args)
    await clerkClient(args).users.banUser(userId)
  }
}

export const members = new MemberService()
