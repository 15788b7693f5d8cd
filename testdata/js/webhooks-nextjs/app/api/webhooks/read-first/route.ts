import { verifyWebhook } from '@clerk/nextjs/webhooks'
import type { NextRequest } from 'next/server'

// Parsing the payload first consumes the body verifyWebhook needs.
export async function POST(req: NextRequest) {
  // ruleid: CLK304
  const payload = await req.json()
  try {
    // ok: CLK301
    const evt = await verifyWebhook(req)
    return Response.json({ type: evt.type, id: payload.data?.id })
  } catch {
    return new Response('invalid signature', { status: 400 })
  }
}

// A clone keeps the original body for the verifier.
export async function PUT(req: NextRequest) {
  // ok: CLK304
  const copy = await req.clone().json()
  try {
    const evt = await verifyWebhook(req)
    return Response.json({ type: evt.type, id: copy.data?.id })
  } catch {
    return new Response('invalid signature', { status: 400 })
  }
}
