import type { ActionFunctionArgs } from '@remix-run/node'
import { db, projects } from '~/db.server'

// ok: CLK101
export const loader = async () => {
  return { projects: await db.select().from(projects) }
}

// ruleid: CLK101
export const action = async ({ request }: ActionFunctionArgs) => {
  const form = await request.formData()
  await db.insert(projects).values({ id: String(form.get('id')) })
  return null
}

export default function Projects() {
  return null
}
