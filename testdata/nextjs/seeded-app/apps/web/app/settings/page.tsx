'use client'

import { useAuth } from '@clerk/nextjs'

// A client shell: nothing the server sends for /settings is private.
// ok: CLK101
export default function SettingsPage() {
  const { isSignedIn } = useAuth()
  if (!isSignedIn) return <p>Please sign in</p>
  return <form>…</form>
}
