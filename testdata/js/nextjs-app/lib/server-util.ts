// Only server components import this module.
// ok: CLK004
import { createClerkClient } from '@clerk/backend'

// ok: CLK004
const clerk = createClerkClient({ secretKey: process.env.CLERK_SECRET_KEY })
export const countUsers = () => clerk.users.getCount()
