import { json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { invitations } from '$lib/server/schema';

// The invitation link's code selects the one invitation it marks used.
// ok: CLK101
export async function POST({ params }) {
	await db.update(invitations).set({ used: true }).where(eq(invitations.code, params.code));
	return json({ ok: true });
}
