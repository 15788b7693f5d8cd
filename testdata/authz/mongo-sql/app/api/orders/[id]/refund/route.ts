import { auth } from '@clerk/nextjs/server'
import Order from '@/models/Order'

type Ctx = { params: Promise<{ id: string }> }

// Ids compared as strings, the Mongoose way: the order is the caller's.
export async function POST(req: Request, { params }: Ctx) {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const { id } = await params
  // ok: CLK203 (its owner is compared with the session)
  const order = await Order.findById(id)
  if (!order) return new Response('Not found', { status: 404 })
  if (order.userId.toString() !== String(userId)) return new Response('Forbidden', { status: 403 })
  await Order.updateOne({ _id: order._id }, { status: 'refunding' })
  return Response.json({ ok: true })
}

// A string comparison of a field that names no owner ties nothing.
export async function GET(req: Request, { params }: Ctx) {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const { id } = await params
  // ruleid: CLK203
  const order = await Order.findById(id)
  if (!order || order.status.toString() !== 'paid') return new Response('Not found', { status: 404 })
  return Response.json({ refundable: true })
}
