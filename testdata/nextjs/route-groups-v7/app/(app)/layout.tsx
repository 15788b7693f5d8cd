import { ClerkProvider } from '@clerk/nextjs'

// ok: CLK701
export default function AppLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClerkProvider signInUrl="/login" signUpUrl="/signup">
      {children}
    </ClerkProvider>
  )
}
