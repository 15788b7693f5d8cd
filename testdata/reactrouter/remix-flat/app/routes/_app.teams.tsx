import { getAuth } from '@clerk/remix/ssr.server'
import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { db, projects } from '~/db.server'

// An empty fallback object leaves userId as missing as a signed-out read.
// ok: CLK101, CLK102
export const action = async (args: ActionFunctionArgs) => {
  const { userId } = (await getAuth(args)) || {}
  if (!userId) return redirect('/sign-in')
  await db.insert(projects).values({ id: crypto.randomUUID(), ownerId: userId })
  return null
}

export default function Teams() {
  return null
}
