import pino from 'pino'
import { createClerkClient, verifyToken } from '@clerk/backend'
import { Webhook } from 'svix'

const logger = pino()
const secretKey = process.env.CLERK_SECRET_KEY ?? ''

export async function startup(token: string) {
  // Facts about the secret, never its value.
  // ok: CLK008
  console.log('clerk secret key set:', Boolean(process.env.CLERK_SECRET_KEY))
  // ok: CLK008
  console.log('clerk secret key set:', !!secretKey)
  // ok: CLK008
  console.info(`clerk key ${secretKey ? 'set' : 'missing'}`)
  // ok: CLK008
  logger.info({ length: secretKey.length }, 'clerk key length')
  // ok: CLK008
  logger.info(`live instance: ${secretKey.startsWith('sk_live_')}`)
  // ok: CLK008
  console.log('clerk key prefix', secretKey.slice(0, 8))
  // ok: CLK008
  console.log('clerk key prefix', secretKey.substring(0, 7))
  // ok: CLK008
  logger.info(`clerk key ${secretKey.slice(0, 8)}…${secretKey.slice(-4)}`)
  // ok: CLK008
  console.log('key matches', secretKey === process.env.OTHER_KEY)

  // Handing the secret to the SDK is what it is for.
  // ok: CLK008
  const clerk = createClerkClient({ secretKey, publishableKey: process.env.CLERK_PUBLISHABLE_KEY })
  // ok: CLK008
  const claims = await verifyToken(token, { secretKey: process.env.CLERK_SECRET_KEY })
  // ok: CLK008
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET ?? '')

  // Publishable keys and non-secret Clerk settings are public.
  // ok: CLK008
  console.log('publishable key', process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY)
  // ok: CLK008
  console.log('sign-in url', process.env.CLERK_SIGN_IN_URL)
  // A placeholder-sounding but unrelated name.
  // ok: CLK008
  console.log('stripe webhook', process.env.STRIPE_WEBHOOK_SIGNING_KEY_ID)
  return { clerk, claims, wh }
}

// A parameter named like the module's secret alias is another value.
export function shadowed(secretKey: string) {
  // ok: CLK008
  console.log('user supplied key', secretKey)
}
