import { requireUser } from '../lib/auth.server'
import { db } from '../lib/db.server'
import type { Route } from './+types/settings'

// ok: CLK101
export async function action(args: Route.ActionArgs) {
  const userId = await requireUser(args)
  const form = await args.request.formData()
  await db.settings.update({ where: { userId }, data: { theme: String(form.get('theme')) } })
  return { ok: true }
}

export default function Settings() {
  return null
}
