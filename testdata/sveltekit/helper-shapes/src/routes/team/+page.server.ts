import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/roles';
import { invite } from '$lib/server/invite';

// ok: CLK101
export async function load({ locals }) {
	requireRole(locals, 'admin');
	return { members: await db.selectFrom('members').selectAll().execute() };
}

export const actions = {
	// ok: CLK101
	invite,
	// The author field must be the caller: a signed-out caller never matches.
	// ok: CLK101
	note: async ({ request, locals }) => {
		const form = await request.formData();
		const author = String(form.get('author'));
		if (author !== locals.auth.userId) error(403);
		await db.insertInto('notes').values({ author, text: String(form.get('text')) }).execute();
	}
};
