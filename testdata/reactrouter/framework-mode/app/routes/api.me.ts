import { getAuth } from '@clerk/react-router/server'
import { db } from '../lib/db.server'
import type { Route } from './+types/api.me'

// ok: CLK101
export async function loader(args: Route.LoaderArgs) {
  // ruleid: CLK102
  const { userId } = await getAuth(args)
  return Response.json(await db.profile.findFirst({ where: { userId } }))
}

// ok: CLK101
export async function action(args: Route.ActionArgs) {
  // ok: CLK102
  const { userId } = await getAuth(args)
  if (!userId) return new Response('Unauthorized', { status: 401 })
  return Response.json(await db.profile.update({ where: { userId }, data: await args.request.json() }))
}
