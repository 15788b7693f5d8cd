'use server'

import invariant from 'tiny-invariant'
import { db } from '@/lib/db'

// An assertion that throws when the member is missing does nothing else.
// ok: CLK101
export async function memberCard(handle: string) {
  const member = await db.member.findFirst({ select: { id: true, handle: true, createdAt: true, picture: { select: { id: true } } }, where: { handle } })
  invariant(member, `no member ${handle}`)
  return { member }
}

// ruleid: CLK101
export async function memberRecord(handle: string) {
  const member = await db.member.findFirst({ where: { handle } })
  invariant(member, `no member ${handle}`)
  return { member }
}
