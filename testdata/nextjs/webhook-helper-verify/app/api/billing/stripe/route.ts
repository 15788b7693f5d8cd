import { prisma } from '@/lib/prisma'
import { readStripeEvent } from '@/lib/payments'

// ok: CLK101
export async function POST(req: Request) {
  const body = await req.text()
  let event
  try {
    event = readStripeEvent(body, req.headers.get('stripe-signature'))
  } catch {
    return new Response('bad signature', { status: 400 })
  }
  if (event.type === 'invoice.paid') {
    await prisma.invoice.update({ where: { stripeId: event.id }, data: { paid: true } })
  }
  return new Response('ok')
}
