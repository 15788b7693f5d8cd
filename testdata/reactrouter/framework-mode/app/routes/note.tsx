import { getAuth } from '@clerk/react-router/server'
import { redirect } from 'react-router'
import { db } from '../lib/db.server'
import type { Route } from './+types/note'

// ok: CLK101, CLK102
export async function loader(args: Route.LoaderArgs) {
  const { userId } = await getAuth(args)
  if (!userId) throw redirect('/sign-in')
  return { note: await db.note.findFirst({ where: { id: args.params.id, userId } }) }
}

// The page's loader checks the session; a form post does not run it.
// ruleid: CLK101
export async function action(args: Route.ActionArgs) {
  await db.note.delete({ where: { id: args.params.id } })
  return redirect('/')
}

export default function Note() {
  return null
}
