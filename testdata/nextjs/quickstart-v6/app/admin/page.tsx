import { auth } from '@clerk/nextjs/server'

// ok: CLK101, CLK102
export default async function AdminPage() {
  await auth.protect({ role: 'org:admin' })
  return <h1>Organization admin</h1>
}
