import { db, users } from '$lib/db';

// handleClerk's protectedPaths cover /admin.
// ok: CLK101
export async function load() {
	return { users: await db.select().from(users) };
}
