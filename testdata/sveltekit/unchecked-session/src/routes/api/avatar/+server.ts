import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

// Echoes the caller's own auth state: a signed-out caller gets nulls back.
// ok: CLK102
export const GET: RequestHandler = ({ locals }) => {
	const { userId, sessionId } = locals.auth();
	return json({ userId, sessionId });
};
