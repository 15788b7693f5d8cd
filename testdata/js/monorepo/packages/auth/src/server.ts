// Only route handlers import '@acme/auth/server'.
// ok: CLK004
import { createClerkClient } from '@clerk/backend'

// ok: CLK004
const clerk = createClerkClient({ secretKey: process.env.CLERK_SECRET_KEY })
export const verifySession = (req: Request) => clerk.authenticateRequest(req)
