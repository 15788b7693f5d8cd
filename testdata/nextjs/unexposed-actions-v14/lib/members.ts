'use server'
import { db } from './db'

// Before Next.js 15 an action's id came from its file and export name,
// and route handlers' imports registered actions too: anyone reading the
// source could call these.
// ruleid: CLK101
export async function upsertMember(clerkId: string, name: string) {
  await db.member.upsert({ where: { clerkId }, update: { name }, create: { clerkId, name } })
}

// ruleid: CLK101
export async function removeMember(clerkId: string) {
  await db.member.delete({ where: { clerkId } })
}
