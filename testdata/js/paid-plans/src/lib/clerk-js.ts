import { Clerk } from '@clerk/clerk-js'

const options: Record<string, unknown> = {}
if (import.meta.env.VITE_CLERK_SATELLITE_MODE === 'on') {
  // ruleid: CLK801
  options.isSatellite = true
  options.domain = import.meta.env.VITE_CLERK_DOMAIN
}

export const clerk = new Clerk(import.meta.env.VITE_CLERK_PUBLISHABLE_KEY, options)
