import { prisma } from '@/lib/prisma'
import { checkStripeSignature } from '@/lib/payments'

// The helper only logs a bad signature.
// ruleid: CLK101
export async function POST(req: Request) {
  const body = await req.text()
  checkStripeSignature(body, req.headers.get('stripe-signature'))
  const event = JSON.parse(body)
  await prisma.invoice.update({ where: { stripeId: event.id }, data: { paid: true } })
  return new Response('ok')
}
