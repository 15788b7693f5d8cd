import { prisma } from '@/lib/db'

// The public home page lists every chef.
export default async function Home() {
  const chefs = await prisma.chef.findMany()
  return <ul>{chefs.map((c) => <li key={c.id}>{c.name}</li>)}</ul>
}
