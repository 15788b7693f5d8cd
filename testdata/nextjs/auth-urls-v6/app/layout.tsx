import { ClerkProvider } from '@clerk/nextjs'

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClerkProvider
      // ruleid: CLK402
      signUpUrl="/join"
      // ok: CLK402
      signInFallbackRedirectUrl="/dashboard"
      // ok: CLK402
      afterSignOutUrl="https://accounts.example.com/sign-in"
      // ok: CLK402
      signInUrl={process.env.NEXT_PUBLIC_CLERK_SIGN_IN_URL}
    >
      <html lang="en">
        <body>{children}</body>
      </html>
    </ClerkProvider>
  )
}
