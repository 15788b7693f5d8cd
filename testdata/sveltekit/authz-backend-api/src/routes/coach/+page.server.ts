import { error } from '@sveltejs/kit';
import { clerk } from '$lib/server/clerk';
import { checkRoles } from '$lib/server/guards';

export const actions = {
	// A coach may read any student: the role test is in the helper.
	// ok: CLK202
	review: async ({ request, locals }) => {
		checkRoles(locals, ['coach']);
		const form = await request.formData();
		return { student: await clerk.users.getUser(String(form.get('studentId'))) };
	},
	// The author field must be the caller (session on the left).
	// ok: CLK202
	note: async ({ request, locals }) => {
		const form = await request.formData();
		const author = String(form.get('author'));
		if (locals.auth().userId !== author) error(403, 'Forbidden');
		return { author: await clerk.users.getUser(author) };
	},
	peek: async ({ request, locals }) => {
		if (!locals.auth().userId) error(401, 'Sign in');
		const form = await request.formData();
		// ruleid: CLK202
		return { other: await clerk.users.getUser(String(form.get('studentId'))) };
	}
};
