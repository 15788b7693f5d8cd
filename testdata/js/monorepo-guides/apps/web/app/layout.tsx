import { ClerkProvider } from '@clerk/nextjs'
import { Shell } from '@acme/ui'

// ok: CLK701
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClerkProvider>
      <html lang="en">
        <body>
          <Shell>{children}</Shell>
        </body>
      </html>
    </ClerkProvider>
  )
}
