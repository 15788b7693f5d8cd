import { ReportsClient } from '../../../components/ReportsClient'
import { Card } from '../../../components/Card'

// Declared async by habit, but it awaits nothing and renders fixed markup,
// a forwardRef UI component and a client component: the server sends every
// visitor the same shell.
// ok: CLK101
export default async function Explore() {
  return (
    <main>
      <h1>Explore</h1>
      <input placeholder="Search" />
      <Card>
        <ReportsClient />
      </Card>
    </main>
  )
}
