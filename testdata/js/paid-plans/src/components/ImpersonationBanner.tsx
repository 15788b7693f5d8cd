'use client'
import { useAuth } from '@clerk/nextjs'

export function ImpersonationBanner() {
  // ruleid: CLK801
  const { actor } = useAuth()
  return actor ? <div>Signed in as a support agent ({actor.sub})</div> : null
}
