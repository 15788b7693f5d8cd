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

// A payment key's id is what the browser's checkout widget is given.
// ok: CLK101
export async function checkoutKey() {
  const key = process.env.RAZORPAY_KEY_ID as string
  return key
}

// Its secret half is not.
// ruleid: CLK101
export async function checkoutSecret() {
  const key = process.env.RAZORPAY_KEY_SECRET as string
  return key
}
