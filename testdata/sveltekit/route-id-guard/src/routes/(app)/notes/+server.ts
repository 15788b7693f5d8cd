import { PrismaClient } from '@prisma/client';

const db = new PrismaClient();

// ok: CLK101
export async function POST({ request }) {
	return Response.json(await db.note.create({ data: await request.json() }));
}
