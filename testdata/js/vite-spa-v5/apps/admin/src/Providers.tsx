import type { ReactNode } from 'react'
import { ClerkProvider } from '@clerk/clerk-react'

// Undefined in the browser: Vite exposes VITE_ variables only.
// ruleid: CLK701
const PUBLISHABLE_KEY = import.meta.env.CLERK_PUBLISHABLE_KEY || ''

export function Providers({ children }: { children: ReactNode }) {
  return <ClerkProvider publishableKey={PUBLISHABLE_KEY}>{children}</ClerkProvider>
}
