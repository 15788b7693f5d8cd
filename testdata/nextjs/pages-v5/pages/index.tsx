import Link from 'next/link'

// ok: CLK101, CLK102
export default function Home() {
  return <Link href="/dashboard">Dashboard</Link>
}
