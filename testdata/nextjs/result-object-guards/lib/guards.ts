import { auth } from '@clerk/nextjs/server'
import { NextResponse } from 'next/server'

const unauthorized = () => NextResponse.json({ error: 'Unauthorized' }, { status: 401 })

// { ok: false, response } when signed out.
export async function requireUser() {
  const { userId } = await auth()
  if (!userId) return { ok: false as const, response: unauthorized() }
  return { ok: true as const, userId }
}

// { error } when signed out, { userId } otherwise.
export async function requireSession() {
  const { userId } = await auth()
  if (!userId) return { error: unauthorized() }
  return { userId }
}

// { userId: null, error } when signed out, { userId, error: null } otherwise.
export async function getSession() {
  const { userId } = await auth()
  if (!userId) return { userId: null, error: unauthorized() }
  return { userId, error: null }
}

// The same shape, but it never fails: error is always null.
export async function peekSession() {
  const { userId } = await auth()
  return { userId, error: null }
}
