import { PrismaClient } from '@prisma/client'

const db = new PrismaClient()

// The role map has no entry for the dashboard: nothing sends a signed-out
// visitor away.
// ruleid: CLK101
export default async function Page() {
  const rows = await db.student.findMany()
  return <ul>{rows.map((r) => <li key={r.id}>{r.name}</li>)}</ul>
}
