import { clerk } from '$lib/server/clerk';
import { requireAdmin } from '$lib/server/guards';

export async function POST({ params, locals }) {
	requireAdmin(locals);
	// ok: CLK201, CLK202
	await clerk.users.banUser(params.id);
	return new Response(null, { status: 204 });
}
