import { ClerkProvider } from '@clerk/nextjs'

// ok: CLK801
export function PrimaryProvider({ children }: { children: React.ReactNode }) {
  // A primary domain states isSatellite={false}: no satellite is configured.
  return <ClerkProvider isSatellite={false}>{children}</ClerkProvider>
}
