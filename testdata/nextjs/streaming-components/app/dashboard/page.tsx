import { Suspense } from 'react'
import { auth } from '@clerk/nextjs/server'

async function Projects() {
  const { userId } = await auth.protect()
  const projects = [{ id: 1, owner: userId }]
  return <ul>{projects.map((p) => <li key={p.id}>{p.id}</li>)}</ul>
}

// ok: CLK101, CLK102
export default function DashboardPage() {
  return (
    <main>
      <h1>Dashboard</h1>
      <Suspense fallback={<p>Loading…</p>}>
        <Projects />
      </Suspense>
    </main>
  )
}
