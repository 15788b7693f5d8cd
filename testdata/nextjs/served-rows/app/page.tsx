import { prisma } from '@/lib/db'
import { Seasonal } from './components/Seasonal'
import { MyPantry } from './components/MyPantry'

// The public home page lists every chef, searched without regard to case
// (mode is how contains compares, not a filter on rows).
export default async function Home({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q = '' } = await searchParams
  const chefs = await prisma.chef.findMany({ where: { name: { contains: q, mode: 'insensitive' } } })
  return (
    <main>
      <ul>{chefs.map((c) => <li key={c.id}>{c.name}</li>)}</ul>
      <Seasonal />
      <MyPantry />
    </main>
  )
}
