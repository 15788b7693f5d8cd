'use client'
// The workspace package's index re-exports a module reading a secret (reported there).
// ok: CLK004
import { useSessionLabel } from '@acme/auth'
import { Button } from '@acme/ui'
import { formatUser } from '@/lib/format'

export function Widget() {
  return <Button label={formatUser(useSessionLabel())} />
}
