import { json } from '@sveltejs/kit';
import { clerkClient } from 'svelte-clerk/server';
import type { RequestHandler } from './$types';

export const PATCH: RequestHandler = async (event) => {
	// ruleid: CLK102
	const { userId } = event.locals.auth();
	const { bio } = await event.request.json();
	await clerkClient.users.updateUserMetadata(userId, { publicMetadata: { bio } });
	return json({ ok: true });
};

export const DELETE: RequestHandler = async (event) => {
	// ok: CLK102
	const { userId } = event.locals.auth();
	if (!userId) return new Response('Unauthorized', { status: 401 });
	await clerkClient.users.deleteUser(userId);
	return new Response(null, { status: 204 });
};
