import { prisma } from '@/lib/db'

// A server component the public home page renders: every visitor sees the
// ingredients it lists.
// ok: CLK101
export async function Seasonal() {
  const items = await prisma.ingredient.findMany()
  return <ul>{items.map((i) => <li key={i.id}>{i.name}</li>)}</ul>
}
