import { ReportsClient } from '../../../components/ReportsClient'

// Declared async by habit, but it awaits nothing and renders fixed markup
// and a client component: the server sends every visitor the same shell.
// ok: CLK101
export default async function Explore() {
  return (
    <main>
      <h1>Explore</h1>
      <input placeholder="Search" />
      <ReportsClient />
    </main>
  )
}
