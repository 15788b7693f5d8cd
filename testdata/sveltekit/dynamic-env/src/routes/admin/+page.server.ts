import { error } from '@sveltejs/kit';
import { clerk } from '$lib/server/clerk';

// ok: CLK101
export const load = async ({ locals }) => {
	const { userId } = locals.auth();
	if (!userId) error(401, 'Unauthorized');
	return { user: structuredClone(await clerk.users.getUser(userId)) };
};
