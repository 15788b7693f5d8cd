import { Webhook } from 'svix';
import { error } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { CLERK_WEBHOOK_SECRET } from '$env/static/private';
import { db, users } from '$lib/db';

// ruleid: CLK302
export async function POST({ request }) {
	const body = await request.text();
	const wh = new Webhook(CLERK_WEBHOOK_SECRET);
	let evt;
	try {
		evt = wh.verify(body, {
			'svix-id': request.headers.get('svix-id') ?? '',
			'svix-timestamp': request.headers.get('svix-timestamp') ?? '',
			'svix-signature': request.headers.get('svix-signature') ?? ''
		});
	} catch {
		throw error(400, 'bad signature');
	}
	if (evt.type === 'user.deleted') await db.delete(users).where(eq(users.id, evt.data.id));
	return new Response('ok');
}
