import { db } from '../lib/db'

// An async server component that loads every account's usage.
// ok: CLK101
export async function Usage() {
  const rows = await db.usage.findMany()
  return <ul>{rows.map((r: { id: string; count: number }) => <li key={r.id}>{r.count}</li>)}</ul>
}
