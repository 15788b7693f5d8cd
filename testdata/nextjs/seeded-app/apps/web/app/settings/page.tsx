'use client'

import { useAuth } from '@clerk/nextjs'

// ruleid: CLK101
export default function SettingsPage() {
  const { isSignedIn } = useAuth()
  if (!isSignedIn) return <p>Please sign in</p>
  return <form>…</form>
}
