import { currentUser } from '@clerk/nextjs/server'
import Order from '@/models/Order'

type Ctx = { params: Promise<{ id: string }> }

export async function DELETE(req: Request, { params }: Ctx) {
  const user = await currentUser()
  if (!user) return new Response('Unauthorized', { status: 401 })
  const { id } = await params
  // ruleid: CLK203
  await Order.findByIdAndDelete(id)
  return new Response(null, { status: 204 })
}

export async function GET(req: Request, { params }: Ctx) {
  const user = await currentUser()
  if (!user) return new Response('Unauthorized', { status: 401 })
  const { id } = await params
  // ok: CLK203 (selected by id and owner)
  const order = await Order.findOne({ _id: id, userId: user.id })
  return Response.json(order)
}
