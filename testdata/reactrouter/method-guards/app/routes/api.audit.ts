import type { ActionFunctionArgs } from 'react-router'
import { db } from '~/db.server'
import { SessionService } from '~/services.server/session'

// whoami only logs.
// ruleid: CLK101
export async function action(args: ActionFunctionArgs) {
  await SessionService.whoami(args)
  await db.report.deleteMany({})
  return new Response(null, { status: 204 })
}
