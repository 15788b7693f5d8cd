import { ClerkProvider } from '@clerk/nextjs'
import { env } from '~/env'
import { Header } from '~/components/header'

// ok: CLK701
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClerkProvider publishableKey={env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY}>
      <html lang="en">
        <body>
          <Header />
          {children}
        </body>
      </html>
    </ClerkProvider>
  )
}
