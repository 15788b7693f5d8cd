import { ClerkProvider } from '@clerk/nextjs'

// The root layout only provides Clerk: it protects nothing.
// ok: CLK101, CLK701
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClerkProvider>
      <html lang="en">
        <body>{children}</body>
      </html>
    </ClerkProvider>
  )
}
