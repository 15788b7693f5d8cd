'use server'

import { createClerkClient } from '@clerk/backend'

const secretKey = process.env.CLERK_SECRET_KEY

export async function clerkConfig() {
  // ruleid: CLK008
  return { secretKey, publishableKey: process.env.CLERK_PUBLISHABLE_KEY }
}

export async function userCount() {
  const clerk = createClerkClient({ secretKey })
  // ok: CLK008
  return clerk.users.getCount()
}

// Not exported: not callable from the client.
function keyForServer() {
  // ok: CLK008
  return secretKey
}

export async function configured() {
  // ok: CLK008
  return { configured: Boolean(keyForServer()) }
}
