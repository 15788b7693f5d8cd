import type { Route } from './+types/contact'
import { db } from '../lib/db.server'

// Listed in the project's own public-routes: public on purpose.
// ok: CLK101
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData()
  await db.message.create({ data: { body: String(form.get('body')) } })
  return { sent: true }
}

export default function Contact() {
  return <form method="post"><textarea name="body" /></form>
}
