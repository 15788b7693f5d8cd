import { requireUser } from '../lib/auth.server'
import { db } from '../lib/db.server'
import type { Route } from './+types/api.invoices'

// A resource route: its loader answers GET /api/invoices directly.
// ruleid: CLK101
export async function loader() {
  return Response.json(await db.invoice.findMany())
}

// ok: CLK101
export async function action(args: Route.ActionArgs) {
  const userId = await requireUser(args)
  const body = await args.request.json()
  return Response.json(await db.invoice.create({ data: { ...body, userId } }))
}
