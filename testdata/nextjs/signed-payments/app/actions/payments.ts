'use server'

import { createHash, createHmac } from 'node:crypto'
import axios from 'axios'
import { prisma } from '@/lib/prisma'
import { billing } from '@/lib/billing'

type Receipt = { orderId: string; paymentId: string; signature: string }

// The provider signs orderId|paymentId with the shared secret: only a
// receipt it issued matches, and a mismatch returns before the write.
// ok: CLK101
export async function confirmPayment({ orderId, paymentId, signature }: Receipt) {
  try {
    const expected = createHmac('sha256', process.env.PAYMENT_WEBHOOK_SECRET!)
      .update(`${orderId}|${paymentId}`)
      .digest('hex')
    const valid = expected === signature
    if (valid && orderId) {
      await prisma.order.update({ where: { id: orderId }, data: { paid: true } })
      return { ok: true }
    } else {
      return { ok: false }
    }
  } catch {
    return { ok: false }
  }
}

// ok: CLK101
export async function confirmRefund({ orderId, paymentId, signature }: Receipt) {
  const mac = createHmac('sha256', process.env.PAYMENT_WEBHOOK_SECRET!)
  mac.update(orderId + '|' + paymentId)
  if (mac.digest('hex') !== signature) throw new Error('bad signature')
  await prisma.order.update({ where: { id: orderId }, data: { refunded: true } })
}

// A mismatch is only logged.
// ruleid: CLK101
export async function confirmLogged({ orderId, paymentId, signature }: Receipt) {
  const expected = createHmac('sha256', process.env.PAYMENT_WEBHOOK_SECRET!).update(`${orderId}|${paymentId}`).digest('hex')
  if (expected !== signature) console.warn('signature mismatch', orderId)
  await prisma.order.update({ where: { id: orderId }, data: { paid: true } })
}

// Keyed by what the caller sends: anyone can compute it.
// ruleid: CLK101
export async function confirmUnkeyed({ orderId, paymentId, signature }: Receipt) {
  const expected = createHmac('sha256', paymentId).update(orderId).digest('hex')
  if (expected === signature) {
    await prisma.order.update({ where: { id: orderId }, data: { paid: true } })
  } else {
    return { ok: false }
  }
}

// Hashing in memory, nothing else.
// ok: CLK101
export async function fingerprint(text: string) {
  return createHash('sha256').update(text).digest('hex')
}

// The caller's own token to the provider; a failed call is told apart
// with axios's type guard, which sends nothing.
// ok: CLK101
export async function providerAccount(accessToken: string) {
  try {
    const res = await axios.get('https://provider.example.test/v1/me', {
      headers: { Authorization: `Bearer ${accessToken}` },
    })
    return res.data as { email: string }
  } catch (err) {
    if (axios.isAxiosError(err)) console.error(err.response?.status)
    throw err
  }
}

// The app's billing client, built by axios.create in lib/billing.ts.
// ruleid: CLK101
export async function refundOrder(orderId: string) {
  const res = await billing.post('/refunds', { orderId })
  return res.status
}
