import { error, json } from '@sveltejs/kit'
import { and, eq } from 'drizzle-orm'
import { db, notes } from '$lib/server/db'

export async function GET({ locals, params }) {
  const { userId } = locals.auth()
  if (!userId) error(401, 'Unauthorized')
  // ok: CLK203 (selected by id and owner)
  const rows = await db.select().from(notes).where(and(eq(notes.id, params.id), eq(notes.userId, userId)))
  return json(rows[0] ?? null)
}

export async function DELETE({ locals, params }) {
  const { userId } = locals.auth()
  if (!userId) error(401, 'Unauthorized')
  // ruleid: CLK203
  await db.delete(notes).where(eq(notes.id, params.id))
  return new Response(null, { status: 204 })
}
