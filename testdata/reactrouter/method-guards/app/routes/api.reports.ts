import type { ActionFunctionArgs } from 'react-router'
import { db } from '~/db.server'
import { SessionService } from '~/services.server/session'

// requireAdmin → this.requireUser → this.requireUserId, which returns
// this.logout()'s result for a signed-out visitor, and logout always throws.
// ok: CLK101
export async function action(args: ActionFunctionArgs) {
  await SessionService.requireAdmin(args)
  await db.report.deleteMany({})
  return new Response(null, { status: 204 })
}
