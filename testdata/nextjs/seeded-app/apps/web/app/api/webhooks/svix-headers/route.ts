import { headers } from 'next/headers'
import { db } from '@/lib/db'

export async function POST(req: Request) {
  const h = await headers()
  // Checking that the headers exist is not verifying them.
  if (!h.get('svix-id') || !h.get('svix-signature')) {
    return new Response('Missing svix headers', { status: 400 })
  }
  const payload = await req.json()
  // ruleid: CLK301
  if (payload.type === 'user.deleted') await db.user.delete({ where: { clerkId: payload.data.id } })
  return new Response('ok')
}
