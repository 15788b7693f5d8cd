import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// ok: CLK101
export default async function ProfilePage() {
  const { userId } = await auth.protect()
  const profile = await db.profile.findUnique({ where: { userId } })
  return <pre>{JSON.stringify(profile)}</pre>
}
