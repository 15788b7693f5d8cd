import { auth } from '@clerk/nextjs/server'

// Every way out but success sets error, the catch's too: `'error' in r`
// means signed out (or Clerk failing), never a user.
export async function sessionOrError(): Promise<{ userId: string } | { error: string; status: number }> {
  try {
    const { userId } = await auth()
    if (!userId) {
      return { error: 'Unauthorized', status: 401 }
    }
    return { userId }
  } catch (err) {
    if (err instanceof TypeError) {
      return { error: 'Bad request', status: 400 }
    }
    return { error: 'Authentication failed', status: 500 }
  }
}

// Its catch hands back an empty result instead: no error, no user.
export async function sessionOrEmpty(): Promise<{ userId?: string } | { error: string }> {
  try {
    const { userId } = await auth()
    if (!userId) {
      return { error: 'Unauthorized' }
    }
    return { userId }
  } catch {
    return {}
  }
}
