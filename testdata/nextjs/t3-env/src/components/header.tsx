'use client'

import { UserButton, useUser } from '@clerk/nextjs'
import type { User } from '@clerk/nextjs/server'
import { env } from '~/env'

// ok: CLK004
export function Header({ initial }: { initial?: Pick<User, 'firstName'> }) {
  const { user } = useUser()
  return (
    <header data-pk={env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY.slice(0, 8)}>
      {user?.firstName ?? initial?.firstName}
      <UserButton />
    </header>
  )
}
