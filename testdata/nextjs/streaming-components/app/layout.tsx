import { ClerkProvider } from '@clerk/nextjs'
// ok: CLK701
export default function L({ children }: { children: React.ReactNode }) {
  return <ClerkProvider><html><body>{children}</body></html></ClerkProvider>
}
