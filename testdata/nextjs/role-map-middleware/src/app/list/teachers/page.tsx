import { PrismaClient } from '@prisma/client'

const db = new PrismaClient()

// The role map covers it: a visitor without an allowed role is redirected.
// ok: CLK101
export default async function Page() {
  const rows = await db.student.findMany()
  return <ul>{rows.map((r) => <li key={r.id}>{r.name}</li>)}</ul>
}
