'use client'

import { jwtDecode } from 'jwt-decode'

// Client code decoding its own token for display makes no trusted decision:
// the server that receives the token must verify it.
export function Avatar({ token }: { token: string }) {
  // ok: CLK104
  const { sub, exp } = jwtDecode(token)
  return <span title={String(exp)}>{sub}</span>
}
