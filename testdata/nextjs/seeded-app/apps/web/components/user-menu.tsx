'use client'

// ok: CLK004
import { useUser } from '@clerk/nextjs'

export function UserMenu() {
  const { user } = useUser()
  return <span>{user?.firstName}</span>
}
