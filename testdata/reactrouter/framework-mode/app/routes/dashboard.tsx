import { db } from '../lib/db.server'
import type { Route } from './+types/dashboard'

// The layout's loader guards this page load.
// ok: CLK101
export async function loader() {
  return { invoices: await db.invoice.findMany({ take: 20 }) }
}

// A form post runs no layout loader: the layout's guard does not cover it.
// ruleid: CLK101
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData()
  await db.invoice.delete({ where: { id: String(form.get('id')) } })
  return { ok: true }
}

export default function Dashboard() {
  return null
}
