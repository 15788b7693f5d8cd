// The same guards as a class: static methods, and an instance's.
// ok: CLK101, CLK102
import { auth } from '@clerk/nextjs/server'

export class MemberGuard {
  static async requireSignedIn() {
    const { userId } = await auth()
    if (!userId) throw new Response('Unauthorized', { status: 401 })
    return userId
  }

  async requireMember() {
    return MemberGuard.requireSignedIn()
  }

  // Answers an error value instead of throwing: its caller goes on.
  async softCheck() {
    const { userId } = await auth()
    if (!userId) return { error: 'signed out' }
    return { userId }
  }
}

export const memberGuard = new MemberGuard()
