import { currentUser } from '@clerk/nextjs/server'
import { notFound, redirect } from 'next/navigation'
import { NextResponse } from 'next/server'

// Next.js's redirect() throws, so returning its result still never
// returns to the caller: a signed-out caller stops here.
export async function requireMember() {
  const user = await currentUser()
  if (!user) return redirect('/sign-in')
  return user
}

// notFound() throws the same way.
export async function memberOr404() {
  const user = await currentUser()
  if (!user) return notFound()
  return user
}

// NextResponse.redirect builds a response and returns it: the caller gets
// a value back and goes on unless it tests it.
export async function memberOrResponse() {
  const user = await currentUser()
  if (!user) return NextResponse.redirect(new URL('/sign-in', 'http://localhost'))
  return user
}
