import { ClerkProvider } from '@clerk/nextjs'

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // ruleid: CLK801
    <ClerkProvider isSatellite domain="app.example.com" signInUrl="https://accounts.example.com/sign-in">
      <html lang="en">
        <body>{children}</body>
      </html>
    </ClerkProvider>
  )
}
