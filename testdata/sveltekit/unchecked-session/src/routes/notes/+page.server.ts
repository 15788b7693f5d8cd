import { fail, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	// ruleid: CLK102
	const { userId } = locals.auth();
	return { notes: await db.note.findMany({ where: { ownerId: userId } }) };
};

export const actions: Actions = {
	create: async ({ locals, request }) => {
		// ruleid: CLK102
		const { userId } = locals.auth();
		const form = await request.formData();
		await db.note.create({ data: { body: String(form.get('body')), ownerId: userId } });
		return { created: true };
	},
	remove: async ({ locals, request }) => {
		// ok: CLK102
		const { userId } = locals.auth();
		if (!userId) redirect(303, '/sign-in');
		const form = await request.formData();
		const id = String(form.get('id'));
		if (!id) return fail(400, { id });
		await db.note.deleteMany({ where: { id, ownerId: userId } });
		return { removed: true };
	}
};
