import { redirect } from 'react-router'
import type { Route } from './+types/_index'
import { db } from '../lib/db.server'

// The home page's loader shows public posts.
// ok: CLK101
export async function loader() {
  return { posts: await db.post.findMany({ where: { published: true } }) }
}

// ruleid: CLK101
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData()
  await db.post.delete({ where: { id: String(form.get('id')) } })
  return redirect('/')
}

export default function Home() {
  return <h1>Posts</h1>
}
