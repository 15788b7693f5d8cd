import { json, error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
	// ruleid: CLK102
	const { userId } = locals.auth();
	return json(await db.note.findMany({ where: { ownerId: userId } }));
};

export const POST: RequestHandler = async ({ locals, request }) => {
	// ok: CLK102
	const { userId } = locals.auth();
	if (!userId) error(401, 'Unauthorized');
	const { body } = await request.json();
	return json(await db.note.create({ data: { body, ownerId: userId } }));
};
