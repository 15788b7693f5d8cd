import Link from 'next/link'

// Fixed markup under /internal: the server sends every visitor the same
// page, so there is nothing here to protect.
// ok: CLK101
export default function About() {
  return <p>About the internal tools. <Link href="/internal">Open them</Link></p>
}
