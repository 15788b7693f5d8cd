'use client'
import { env } from '~/env'

export function EnvBadge() {
  // ok: CLK004
  const pk = env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY
  // ruleid: CLK004
  const sk = env.CLERK_SECRET_KEY
  return <span title={pk}>{sk ? 'configured' : 'missing'}</span>
}
