'use client'
// ok: CLK701
import { useUser } from '@clerk/nextjs'

export function Nav() {
  const { user } = useUser()
  return <nav>{user?.firstName}</nav>
}
