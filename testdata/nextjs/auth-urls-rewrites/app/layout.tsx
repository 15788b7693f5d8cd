import { ClerkProvider } from '@clerk/nextjs'

export default function RootLayout({ children }: { children: React.ReactNode }) {
  // ok: CLK402
  return <ClerkProvider signUpUrl="/join"><html lang="en"><body>{children}</body></html></ClerkProvider>
}
