import { fail } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/guard';
import type { PageServerLoad, Actions } from './$types';

// The layout's load guards this page's data.
// ok: CLK101
export const load: PageServerLoad = async () => ({ invoices: await db.invoice.findMany() });

export const actions = {
	// Form actions do not run the layout's load: this one is open.
	// ruleid: CLK101
	delete: async ({ request }) => {
		const form = await request.formData();
		await db.invoice.delete({ where: { id: String(form.get('id')) } });
	},
	// ok: CLK101
	rename: async ({ request, locals }) => {
		const userId = requireUser(locals);
		const form = await request.formData();
		if (!form.get('name')) return fail(400, { missing: true });
		await db.invoice.update({ where: { id: String(form.get('id')), userId }, data: { name: String(form.get('name')) } });
	}
} satisfies Actions;
