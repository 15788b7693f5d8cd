import { fail, redirect } from '@sveltejs/kit';
import { clerk } from '$lib/server/clerk';
import type { Actions } from './$types';

export const actions: Actions = {
	// The catch logs and the action reports success to the form.
	// ok: CLK101
	rename: async ({ request, locals }) => {
		const { userId } = locals.auth();
		if (!userId) redirect(307, '/sign-in');
		const data = await request.formData();
		try {
			// ruleid: CLK501
			await clerk.users.updateUser(userId, { firstName: String(data.get('firstName')) });
		} catch (e) {
			console.error('rename failed', e);
		}
		return { success: true };
	},
	// fail() tells the form.
	// ok: CLK101
	renameChecked: async ({ request, locals }) => {
		const { userId } = locals.auth();
		if (!userId) redirect(307, '/sign-in');
		const data = await request.formData();
		try {
			// ok: CLK501
			await clerk.users.updateUser(userId, { firstName: String(data.get('firstName')) });
		} catch (e) {
			console.error('rename failed', e);
			return fail(503, { message: 'Could not save, try again' });
		}
		return { success: true };
	}
};
