import { error } from '@sveltejs/kit';
import { clerk } from '$lib/server/clerk';

// Closing one's own account needs no role.
export async function DELETE({ locals }) {
	const { userId } = locals.auth();
	if (!userId) error(401, 'Sign in');
	// ok: CLK201, CLK202
	await clerk.users.deleteUser(userId);
	return new Response(null, { status: 204 });
}
