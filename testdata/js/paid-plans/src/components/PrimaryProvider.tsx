import { ClerkProvider } from '@clerk/nextjs'

// ok: CLK801
export function PrimaryProvider({ children }: { children: React.ReactNode }) {
  // A primary domain states isSatellite={false}: no satellite is configured.
  return <ClerkProvider isSatellite={false}>{children}</ClerkProvider>
}

export function logHost(host: string, isSatellite: boolean) {
  // Logging the value is not configuring Clerk.
  console.log('clerk host', { host, isSatellite })
}
