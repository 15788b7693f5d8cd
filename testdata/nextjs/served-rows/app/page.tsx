import { prisma } from '@/lib/db'

// The public home page lists every chef, searched without regard to case
// (mode is how contains compares, not a filter on rows).
export default async function Home({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q = '' } = await searchParams
  const chefs = await prisma.chef.findMany({ where: { name: { contains: q, mode: 'insensitive' } } })
  return <ul>{chefs.map((c) => <li key={c.id}>{c.name}</li>)}</ul>
}
