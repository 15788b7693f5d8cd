import Link from 'next/link'
import { Button } from '../../components/ui/button'
import { CrumbLink } from '../../components/ui/crumb'

const tiles = [
  { title: 'Projects', value: '0' },
  { title: 'Credits', value: '100' },
]

// Fixed markup, a constant list and asChild UI components: every visitor
// gets the same shell.
// ok: CLK101
export default function Dashboard() {
  return (
    <main>
      <CrumbLink href="/">Home</CrumbLink>
      {tiles.map((t) => (
        <div key={t.title}>
          {t.title}: {t.value}
        </div>
      ))}
      <Button asChild>
        <Link href="/dashboard/new">New project</Link>
      </Button>
    </main>
  )
}
