'use server'

import { eq } from 'drizzle-orm/sql/expressions/conditions'
import { db, posts } from '@/lib/db'

// Posts are catalogue-like by name, but this app shows them to members
// only: the action hands them to anyone.
// ruleid: CLK101
export async function postById(id: number) {
  return db.query.posts.findFirst({ where: eq(posts.id, id) })
}

// Keeps the connection warm; hands nothing it read back.
// ok: CLK101
export async function warmUp() {
  await db.query.posts.findFirst({ where: eq(posts.id, 0) })
}
