import { error, json } from '@sveltejs/kit';
import { users } from '$lib/server/clerk';
import type { RequestHandler } from './$types';

// The update is not awaited: the response says ok before Clerk answered.
// ok: CLK101
export const POST: RequestHandler = async ({ request, locals }) => {
	const { userId, has } = locals.auth();
	if (!userId || !has({ role: 'org:admin' })) error(403, 'forbidden');
	const { theme } = await request.json();
	// ruleid: CLK501
	users.updateUserMetadata(userId, { unsafeMetadata: { theme } });
	return json({ ok: true });
};

// Awaited without a try: a failure reaches SvelteKit, which answers 500.
// ok: CLK101
export const PUT: RequestHandler = async ({ request, locals }) => {
	const { userId, has } = locals.auth();
	if (!userId || !has({ role: 'org:admin' })) error(403, 'forbidden');
	const { theme } = await request.json();
	// ok: CLK501
	await users.updateUserMetadata(userId, { unsafeMetadata: { theme } });
	return json({ ok: true });
};
