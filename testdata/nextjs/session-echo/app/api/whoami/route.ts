import { auth } from '@clerk/nextjs/server'
import { NextResponse } from 'next/server'
import { prisma } from '@/lib/db'

// Hands the caller its own ids: signed out, they are null, and nothing
// else runs.
export async function GET() {
  // ok: CLK102
  const { userId, sessionId } = await auth()
  return NextResponse.json({ userId, session: sessionId })
}

// A response that also carries what a query found for the id is judged
// like any other use.
export async function POST() {
  // ruleid: CLK102
  const { userId } = await auth()
  const drafts = await prisma.draft.count({ where: { userId } })
  return NextResponse.json({ userId, drafts })
}

// Any other value built from the session is judged too.
export async function PUT() {
  // ruleid: CLK102
  const { userId } = await auth()
  return NextResponse.json({ userId, label: `user ${userId}` })
}
