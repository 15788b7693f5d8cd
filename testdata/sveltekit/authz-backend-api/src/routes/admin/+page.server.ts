import { error } from '@sveltejs/kit';
import { clerk } from '$lib/server/clerk';
import { requireAdmin } from '$lib/server/guards';

export const actions = {
	// Under /admin, and only signed in is checked.
	// ruleid: CLK201
	promote: async ({ request, locals }) => {
		if (!locals.auth().userId) error(401, 'Sign in');
		const form = await request.formData();
		await clerk.users.updateUserMetadata(String(form.get('userId')), { publicMetadata: { role: 'admin' } });
	},
	// ok: CLK201
	demote: async ({ request, locals }) => {
		requireAdmin(locals);
		const form = await request.formData();
		await clerk.users.updateUserMetadata(String(form.get('userId')), { publicMetadata: { role: 'member' } });
	}
};
