import { auth } from '@clerk/nextjs/server'
import { totals } from '../../lib/stats/totals'

// ok: CLK101
export default async function StatsPage() {
  const { userId } = await auth()
  if (!userId) return null
  const n = await totals()
  return <p>{n.count}</p>
}
