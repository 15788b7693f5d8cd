import { prisma } from '@/lib/prisma'
import { callerId } from '@/lib/identity'

// A sensor posts its readings with its key in the Authorization header.
// ok: CLK101
export async function POST(req: Request, { params }: { params: Promise<{ deviceId: string }> }) {
  const ownerId = await callerId(req.headers.get('authorization'))
  if (!ownerId) {
    return new Response('bad key', { status: 403 })
  }
  const { deviceId } = await params
  const reading = await req.json()
  await prisma.reading.create({ data: { deviceId, ownerId, value: Number(reading.value) } })
  return new Response(null, { status: 204 })
}
