import { Show } from '@clerk/nextjs'
import Link from 'next/link'

// ok: CLK101, CLK102
export default function Home() {
  return (
    <main>
      <Show when="signed-in" fallback={<p>Sign in to see your notes.</p>}>
        <Link href="/dashboard">Dashboard</Link>
      </Show>
    </main>
  )
}
