import { error } from '@sveltejs/kit';
import { clerk } from '$lib/server/clerk';

// Any signed-in user can delete any account.
export async function DELETE({ params, locals }) {
	const { userId } = locals.auth();
	if (!userId) error(401, 'Sign in');
	// ruleid: CLK201
	await clerk.users.deleteUser(params.id);
	return new Response(null, { status: 204 });
}
