import { error, fail } from '@sveltejs/kit'
import { eq } from 'drizzle-orm'
import { db, notes } from '$lib/server/db'

export const actions = {
  save: async ({ locals, params, request }) => {
    const { userId } = locals.auth()
    if (!userId) return fail(401)
    const form = await request.formData()
    // ruleid: CLK203
    await db.update(notes).set({ body: String(form.get('body')) }).where(eq(notes.id, params.id))
    return { ok: true }
  },
}

export async function load({ locals, params }) {
  const { userId } = locals.auth()
  if (!userId) error(401, 'Unauthorized')
  const [note] = await db.select().from(notes).where(eq(notes.id, params.id))
  // ok: CLK203 (checked against the caller after the read)
  if (!note || note.userId !== userId) error(404, 'Not found')
  return { note }
}
