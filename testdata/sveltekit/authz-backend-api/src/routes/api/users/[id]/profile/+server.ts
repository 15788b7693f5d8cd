import { error, json } from '@sveltejs/kit';
import { clerk } from '$lib/server/clerk';

export async function GET({ params, locals }) {
	if (!locals.auth().userId) error(401, 'Sign in');
	// ruleid: CLK202
	return json(await clerk.users.getUser(params.id));
}
