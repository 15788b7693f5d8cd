import { json } from '@sveltejs/kit';
import { db } from '$lib/server/db';

// The hooks guard redirects signed-out requests under /api/private.
// ok: CLK101
export async function GET() {
	return json(await db.report.findMany());
}
