'use server'

import { auth, clerkClient } from '@clerk/nextjs/server'

// Ends the caller's own current session from the server.
// ok: CLK101, CLK102, CLK201, CLK202
export async function endThisSession() {
  const { sessionId } = await auth.protect()
  const client = await clerkClient()
  await client.sessions.revokeSession(sessionId)
}

// ok: CLK101, CLK102, CLK201, CLK202
export async function endSession() {
  const authObj = await auth.protect()
  const client = await clerkClient()
  await client.sessions.revokeSession(authObj.sessionId)
}

// ok: CLK101, CLK102, CLK201, CLK202
export async function deleteMyAccount() {
  const { userId } = await auth.protect()
  const client = await clerkClient()
  await client.users.deleteUser(userId)
}

// ok: CLK101, CLK102, CLK201, CLK202
export async function setTheme(theme: 'light' | 'dark') {
  const { userId } = await auth.protect()
  const client = await clerkClient()
  await client.users.updateUserMetadata(userId, { unsafeMetadata: { theme } })
}

// The near miss: a session id from the form may be anyone's.
// ruleid: CLK201
export async function endAnySession(formData: FormData) {
  await auth.protect()
  const client = await clerkClient()
  await client.sessions.revokeSession(String(formData.get('sessionId')))
}
