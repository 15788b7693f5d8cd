import { auth } from '@clerk/nextjs/server'
import { NextResponse } from 'next/server'
import { prisma } from '@/lib/prisma'

// The 401 response itself when signed out, the user id otherwise.
// ok: CLK101, CLK102
export async function requireUserId() {
  const { userId } = await auth()
  if (!userId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })
  const banned = await rejectIfBanned(userId)
  if (banned) return banned
  return userId
}

// null while the account is in good standing, a 403 response otherwise.
// ok: CLK101
export async function rejectIfBanned(clerkId: string) {
  const row = await prisma.user.findUnique({ where: { clerkId } })
  if (row?.banned) return NextResponse.json({ error: 'Banned' }, { status: 403 })
  return null
}

// Hands requireUserId's response on, then checks a role.
// ok: CLK101
export async function requireAdmin() {
  const id = await requireUserId()
  if (id instanceof NextResponse) return id
  const user = await prisma.user.findUnique({ where: { clerkId: id } })
  if (user?.role !== 'admin') return NextResponse.json({ error: 'Forbidden' }, { status: 403 })
  return { userId: id, user }
}

// Answers with a response either way: an instanceof test cannot tell
// failure from success.
// ok: CLK101
export async function sessionOrGuest() {
  const { userId } = await auth()
  if (!userId) return NextResponse.json({ guest: true })
  return NextResponse.json({ userId })
}
