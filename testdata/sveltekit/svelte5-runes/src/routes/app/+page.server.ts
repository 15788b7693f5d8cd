import { db } from '$lib/server/db';
import type { PageServerLoad, Actions } from './$types';

// ok: CLK101
export const load: PageServerLoad = async () => ({ notes: await db.note.findMany() });

export const actions = {
	// The hooks guard covers actions too: it runs for every request.
	// ok: CLK101
	archive: async ({ request }) => {
		const form = await request.formData();
		// ruleid: CLK203 (any signed-in user can archive any note)
		await db.note.update({ where: { id: String(form.get('id')) }, data: { archived: true } });
	}
} satisfies Actions;
