// A server component: reading the secret here is the correct setup.
import { clerkClient } from '@clerk/nextjs/server'
import { countUsers } from '@/lib/server-util'
import ClientPanel from './dashboard/client-panel'

export default async function Home() {
  // ok: CLK004
  const key = process.env.CLERK_SECRET_KEY
  const client = await clerkClient()
  const total = await countUsers()
  return <ClientPanel total={total} configured={Boolean(key)} client={String(client)} />
}
