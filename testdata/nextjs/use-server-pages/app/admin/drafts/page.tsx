'use server'

import { prisma } from '@/lib/db'

// An admin page nothing protects: the page (meant to be private) and the
// action (no public page runs it: /admin names a private area) both hand out
// every draft.
// ruleid: CLK101, CLK101
export default async function Drafts() {
  const drafts = await prisma.draft.findMany()
  return <ul>{drafts.map((d) => <li key={d.id}>{d.title}</li>)}</ul>
}
