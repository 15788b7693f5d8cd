import { json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { waitlist } from '$lib/server/schema';

// Joining adds a row.
// ok: CLK101
export async function POST({ request }) {
	const { email } = await request.json();
	await db.insert(waitlist).values({ email }).onConflictDoNothing();
	return json({ ok: true });
}

// Rewriting the note of any address anyone types is no signup.
// ruleid: CLK101
export async function PUT({ request }) {
	const { email, note } = await request.json();
	await db.insert(waitlist).values({ email, note }).onConflictDoUpdate({ target: waitlist.email, set: { note } });
	return json({ ok: true });
}

// Leaving by address deletes a row anyone can name.
// ruleid: CLK101
export async function DELETE({ request }) {
	const { email } = await request.json();
	await db.delete(waitlist).where(eq(waitlist.email, email));
	return new Response(null, { status: 204 });
}
