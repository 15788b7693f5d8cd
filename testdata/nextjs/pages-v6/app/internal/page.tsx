import { db } from '../../lib/db'

// /internal is in the config's privileged-routes: private, and unprotected.
// ruleid: CLK101
export default async function Internal() {
  const users = await db.users.all()
  return <p>internal tools for {users.length} users</p>
}
