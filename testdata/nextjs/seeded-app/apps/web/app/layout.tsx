import { ClerkProvider } from '@clerk/nextjs'
import type { ReactNode } from 'react'

// ok: CLK701
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // ruleid: CLK005
    <ClerkProvider publishableKey="pk_test_c2VlZGVkLXdlYi00Mi5jbGVyay5hY2NvdW50cy5kZXYk">
      <html lang="en">
        <body>{children}</body>
      </html>
    </ClerkProvider>
  )
}
