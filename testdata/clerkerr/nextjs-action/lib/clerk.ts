import { createClerkClient } from '@clerk/backend'

// ok: CLK501
export const backendClient = createClerkClient({ secretKey: process.env.CLERK_SECRET_KEY })
