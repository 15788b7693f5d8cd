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

// A const of the same name in a nested function is another value.
export function localShadow() {
  const secretKey = 'demo-value'
  // ok: CLK008
  console.log('demo key', secretKey)
}

declare function mask(s: string): string

export function masked() {
  // A user's own masking function is trusted.
  // ok: CLK008
  logger.info(`clerk key ${mask(secretKey)}`)
  // ok: CLK008
  console.log('kind', secretKey.split('_')[0], typeof secretKey)
}

// Clerk's docs-era webhook handler: the name in a message, the value in the verifier.
export async function POST(req: Request) {
  const WEBHOOK_SECRET = process.env.WEBHOOK_SECRET
  if (!WEBHOOK_SECRET) {
    // ok: CLK008
    throw new Error('Please add WEBHOOK_SECRET from Clerk Dashboard to .env or .env.local')
  }
  const wh = new Webhook(WEBHOOK_SECRET)
  try {
    return Response.json(wh.verify(await req.text(), {}))
  } catch (err) {
    // ok: CLK008
    console.error('Error verifying webhook:', err)
    // ok: CLK008
    return new Response('Error occured', { status: 400 })
  }
}
