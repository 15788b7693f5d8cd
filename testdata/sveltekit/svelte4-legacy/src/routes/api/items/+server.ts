import { json } from '@sveltejs/kit';
import { db, items } from '$lib/db';

// ruleid: CLK101
export async function POST({ request }) {
	const body = await request.json();
	await db.insert(items).values(body);
	return json({ ok: true });
}
