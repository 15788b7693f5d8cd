import { getAuth } from '@clerk/react-router/server'
import { redirect } from 'react-router'
import type { Route } from './+types/settings'
import { db } from '../lib/db.server'

// ok: CLK101
export async function action(args: Route.ActionArgs) {
  const { userId } = await getAuth(args)
  if (!userId) throw redirect('/sign-in')
  const form = await args.request.formData()
  await db.preference.update({ where: { userId }, data: { theme: String(form.get('theme')) } })
  return { ok: true }
}

export default function Settings() {
  return <form method="post"><input name="theme" /></form>
}
