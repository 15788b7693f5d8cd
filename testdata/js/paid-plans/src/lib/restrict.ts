import { createClerkClient } from '@clerk/backend'

const clerk = createClerkClient({ secretKey: process.env.CLERK_SECRET_KEY })

export async function allowDomain(domain: string) {
  // ruleid: CLK801
  return clerk.allowlistIdentifiers.createAllowlistIdentifier({ identifier: `*@${domain}`, notify: false })
}
