import { redirect } from '@sveltejs/kit';

export const load = async ({ locals }) => {
	// ruleid: CLK103
	const { userId } = locals.auth();
	if (!userId) redirect(307, '/sign-in');
	return { userId };
};
