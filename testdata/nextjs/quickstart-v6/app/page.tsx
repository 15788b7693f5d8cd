import Link from 'next/link'

// ok: CLK101, CLK102
export default function Home() {
  return (
    <main>
      <h1>Welcome</h1>
      <Link href="/dashboard">Go to your dashboard</Link>
    </main>
  )
}
