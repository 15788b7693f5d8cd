import { getAuth } from '@clerk/remix/ssr.server'
import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { db, projects } from '~/db.server'

// A resource route (no default export): GET /api/projects.
// ok: CLK101
export async function loader(args: LoaderFunctionArgs) {
  const { userId } = await getAuth(args)
  if (!userId) return json({ error: 'Unauthorized' }, { status: 401 })
  return json(await db.select().from(projects))
}

// ruleid: CLK101
export async function action({ request }: ActionFunctionArgs) {
  await db.insert(projects).values(await request.json())
  return json({ ok: true })
}
