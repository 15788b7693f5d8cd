import { clerk } from '$lib/server/users';
import { requireUser } from '$lib/server/guard';

// ok: CLK101, CLK004
export const load = async ({ locals }) => {
	requireUser(locals);
	return { count: (await clerk.users.getCount()) as number };
};
