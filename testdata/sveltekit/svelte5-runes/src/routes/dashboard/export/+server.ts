import { db } from '$lib/server/db';

// A +server endpoint below the guarded layout: the layout's load never runs for it.
// ruleid: CLK101
export async function GET() {
	const rows = await db.invoice.findMany();
	return new Response(rows.map((r) => r.id).join('\n'));
}
