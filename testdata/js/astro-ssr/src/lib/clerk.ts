import { createClerkClient } from '@clerk/backend'

export const clerk = createClerkClient({ secretKey: import.meta.env.CLERK_SECRET_KEY })
