// ok: CLK101
import { auth } from '@clerk/nextjs/server'

// Hands back the caller's organization id next to a field that is never
// empty: only orgId says whether anyone is signed in.
export async function currentOrg() {
  const { orgId } = await auth()
  return { orgId, plan: 'free' }
}
