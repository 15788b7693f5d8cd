import { db } from '$lib/server/db';
import { messages } from '$lib/server/schema';

export const actions = {
	// The contact page's form: a new message, nothing else.
	// ok: CLK101
	default: async ({ request }) => {
		const form = await request.formData();
		await db.insert(messages).values({ email: String(form.get('email')), body: String(form.get('body')) });
		return { sent: true };
	}
};
