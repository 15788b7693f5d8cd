import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

// ok: CLK101
export const load: LayoutServerLoad = async ({ locals }) => {
	const { userId } = locals.auth();
	if (!userId) redirect(307, '/sign-in');
	return { userId };
};
