import { json } from '@remix-run/node'

export async function loader() {
  const secretKey = process.env.CLERK_SECRET_KEY
  if (!secretKey) {
    // ok: CLK008
    return json({ clerk: 'missing' }, { status: 500 })
  }
  // ok: CLK008
  return { clerk: 'configured', live: secretKey.startsWith('sk_live_') }
}

export async function action() {
  // ruleid: CLK008
  return json({ error: 'bad signature', expected: process.env.CLERK_WEBHOOK_SIGNING_SECRET }, { status: 400 })
}
