import { ClerkProvider } from '@clerk/nextjs'
import type { ReactNode } from 'react'

// ok: CLK005, CLK701
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <ClerkProvider>
      <html lang="en">
        <body>{children}</body>
      </html>
    </ClerkProvider>
  )
}
