'use server'

// A server action's return value is serialised to whoever posts to it.
// ruleid: CLK101
export async function uploadCredentials() {
  return { token: process.env.BLOB_READ_WRITE_TOKEN, bucket: 'media' }
}

// ok: CLK101
export async function uploadsEnabled() {
  return process.env.BLOB_READ_WRITE_TOKEN !== undefined
}
