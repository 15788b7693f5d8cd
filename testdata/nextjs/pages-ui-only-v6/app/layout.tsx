import { ClerkProvider } from '@clerk/nextjs'

// Clerk for the UI only: no middleware, no server-side auth anywhere.
// ok: CLK101, CLK103, CLK701
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClerkProvider>
      <html lang="en">
        <body>{children}</body>
      </html>
    </ClerkProvider>
  )
}
