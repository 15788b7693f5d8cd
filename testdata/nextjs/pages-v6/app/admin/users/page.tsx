import { auth } from '@clerk/nextjs/server'
import { db } from '../../../lib/db'

// Reads the session but never stops a signed-out visitor: every user is listed.
// ruleid: CLK101
export default async function AdminUsers() {
  const { userId } = await auth()
  const users = await db.users.all()
  return <p>{userId ? users.length : 0} users</p>
}
