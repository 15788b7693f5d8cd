import express from 'express'
import { NextResponse } from 'next/server'
import { createClerkClient } from '@clerk/backend'

const app = express()
const clerk = createClerkClient({ secretKey: process.env.CLERK_SECRET_KEY })

app.get('/health', (req, res) => {
  // ok: CLK008
  res.json({ clerkConfigured: Boolean(process.env.CLERK_SECRET_KEY) })
})

export async function GET() {
  const users = await clerk.users.getUserList()
  // ok: CLK008
  return NextResponse.json({ count: users.totalCount, live: process.env.CLERK_SECRET_KEY?.startsWith('sk_live_') })
}

export function publishable() {
  // ok: CLK008
  return Response.json({ publishableKey: process.env.CLERK_PUBLISHABLE_KEY })
}

export default app
