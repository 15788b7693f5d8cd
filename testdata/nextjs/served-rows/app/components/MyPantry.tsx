import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

// Rendered on the home page too, but it shows the visitor's own pantry:
// its rows are nobody else's.
// ok: CLK101, CLK102
export async function MyPantry() {
  const { userId } = await auth()
  if (!userId) return null
  const items = await prisma.pantryItem.findMany({ where: { ownerId: userId } })
  return <ul>{items.map((i) => <li key={i.id}>{i.name}</li>)}</ul>
}
