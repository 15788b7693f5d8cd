import { json, error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

// ok: CLK101
export const GET: RequestHandler = async ({ locals }) => {
	const { userId } = locals.auth();
	if (!userId) error(401, 'Unauthorized');
	return json(await db.note.findMany({ where: { userId } }));
};

// ruleid: CLK101
export const POST: RequestHandler = async ({ request }) => {
	const { title } = await request.json();
	return json(await db.note.create({ data: { title } }));
};
