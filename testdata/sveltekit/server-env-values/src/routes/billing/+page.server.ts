import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

// Signed in only; the value compared, never returned.
// ok: CLK101
export const load: PageServerLoad = async ({ locals, url }) => {
	const { userId } = locals.auth();
	if (!userId) {
		return redirect(307, '/sign-in');
	}
	return { beta: url.searchParams.get('code') === process.env.BETA_SECRET };
};
