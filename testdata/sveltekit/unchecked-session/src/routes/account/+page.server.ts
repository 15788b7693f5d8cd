import { db } from '$lib/server/db';
import { signedInUser } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

// ok: CLK102
export const load: PageServerLoad = async ({ locals }) => {
	const userId = signedInUser(locals);
	return { account: await db.account.findUnique({ where: { ownerId: userId } }) };
};

export const actions: Actions = {
	// ok: CLK102
	default: async ({ locals, request }) => {
		const userId = signedInUser(locals);
		const form = await request.formData();
		await db.account.update({ where: { ownerId: userId }, data: { name: String(form.get('name')) } });
	}
};
