import { error, json } from '@sveltejs/kit';
import { clerk } from '$lib/server/clerk';

export async function GET({ params, locals }) {
	const { userId } = locals.auth();
	if (!userId) error(401, 'Sign in');
	if (params.id !== userId) error(403, 'Forbidden');
	// ok: CLK202
	return json(await clerk.users.getUser(params.id));
}
