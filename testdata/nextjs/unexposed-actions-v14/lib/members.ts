'use server'
import { db } from './db'

// Only the webhook's route handler imports this module. Before Next.js 15
// its actions are registered for that handler alone, and a route handler
// runs no server actions: a page asked for one forwards the request to the
// handler, which answers with its own POST. No browser can call these.
// ok: CLK101
export async function upsertMember(clerkId: string, name: string) {
  await db.member.upsert({ where: { clerkId }, update: { name }, create: { clerkId, name } })
}

// ok: CLK101
export async function removeMember(clerkId: string) {
  await db.member.delete({ where: { clerkId } })
}
