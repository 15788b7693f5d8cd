import { createClerkClient } from '@clerk/nextjs/server'

export const clerk = createClerkClient({
  // ruleid: CLK001
  secretKey: 'sk_live_@fakeSeeded@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@',
})
