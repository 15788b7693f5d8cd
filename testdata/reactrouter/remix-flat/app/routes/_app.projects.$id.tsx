import { getAuth } from '@clerk/remix/ssr.server'
import { json, type ActionFunctionArgs } from '@remix-run/node'
import { and, eq } from 'drizzle-orm'
import { db, projects } from '~/db.server'

// ok: CLK101, CLK102
export const action = async (args: ActionFunctionArgs) => {
  const { userId } = await getAuth(args)
  if (!userId) throw json({ error: 'Unauthorized' }, { status: 401 })
  // ok: CLK203
  await db.delete(projects).where(and(eq(projects.id, args.params.id!), eq(projects.ownerId, userId)))
  return null
}

export default function Project() {
  return null
}
