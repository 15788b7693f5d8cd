'use client'

import { useUser } from '@clerk/nextjs'
// ruleid: CLK004
import { clerkClient } from '@clerk/nextjs/server'
// ok: CLK004
import type { User } from '@clerk/backend'
// ok: CLK004
import { type WebhookEvent } from '@clerk/nextjs/server'
import { adminKey } from '@/lib/admin'
import { deleteUser } from '@/lib/actions'
import { guardedKey } from '@/lib/guarded'
import { EnvBadge } from '../../components/env-badge'

export default function ClientPanel(props: { total: number; configured: boolean; client: string }) {
  const { user } = useUser()
  // ruleid: CLK004
  const secret = process.env.CLERK_SECRET_KEY
  // ok: CLK004
  const pk = process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY
  const u: User | null = null
  const e: WebhookEvent | null = null
  return (
    <div data-key={secret} data-pk={pk} onClick={() => deleteUser(user?.id ?? '')}>
      {props.total} {adminKey} {guardedKey} {String(u)} {String(e)} {String(clerkClient)}
      <EnvBadge />
    </div>
  )
}
