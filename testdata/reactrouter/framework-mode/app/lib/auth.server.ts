import { getAuth } from '@clerk/react-router/server'
import { redirect } from 'react-router'
import type { LoaderFunctionArgs } from 'react-router'

// requireUser ends the request for a signed-out visitor; callers are
// protected by it.
// ok: CLK101, CLK102
export async function requireUser(args: LoaderFunctionArgs) {
  const { userId } = await getAuth(args)
  if (!userId) throw redirect('/sign-in')
  return userId
}
