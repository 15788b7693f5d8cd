import { error } from '@sveltejs/kit';
import { db } from './db';

// An action defined in another module: judged by its own body.
// ok: CLK101
export async function invite({ request, locals }) {
	const userId = locals.auth.userId;
	if (!userId) error(401);
	const form = await request.formData();
	await db.insertInto('invites').values({ email: String(form.get('email')), by: userId }).execute();
}
