import { clerkClient } from '@clerk/express'

// A script run by hand: the operator reads the logged error.
export async function grantAdmin(userId) {
  try {
    // ok: CLK501
    await clerkClient.users.updateUserMetadata(userId, { publicMetadata: { role: 'admin' } })
    console.log('done')
  } catch (err) {
    console.error('failed', err)
  }
}

grantAdmin(process.argv[2])
