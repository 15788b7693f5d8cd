// ok: CLK701
import { ClerkProvider } from '@clerk/react-router'
import type { ReactNode } from 'react'

export function Providers({ loaderData, children }: { loaderData: unknown; children: ReactNode }) {
  return <ClerkProvider loaderData={loaderData}>{children}</ClerkProvider>
}
