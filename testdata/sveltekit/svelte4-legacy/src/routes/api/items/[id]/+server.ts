import { error, json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db, items } from '$lib/db';

// clerk-sveltekit puts the verified session on locals.session.
// ok: CLK101
export async function DELETE({ params, locals }) {
	const session = locals.session;
	if (!session) throw error(401, 'Unauthorized');
	await db.delete(items).where(eq(items.id, params.id));
	return json({ ok: true });
}
