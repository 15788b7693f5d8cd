'use client'

// Covered by the account layout's auth.protect().
// ok: CLK101
export default function Account() {
  return <p>account</p>
}
