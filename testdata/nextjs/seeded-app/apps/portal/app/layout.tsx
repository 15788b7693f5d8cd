import type { ReactNode } from 'react'

// ruleid: CLK701
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
