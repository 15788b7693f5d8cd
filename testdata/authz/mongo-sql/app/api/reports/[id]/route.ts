import { auth } from '@clerk/nextjs/server'
import { sql } from '@vercel/postgres'

export async function DELETE(req: Request) {
  const { userId } = await auth.protect()
  const id = new URL(req.url).searchParams.get('id')
  // ruleid: CLK203
  await sql`DELETE FROM reports WHERE id = ${id}`
  return new Response(null, { status: 204 })
}

export async function GET(req: Request) {
  const { userId } = await auth.protect()
  const id = new URL(req.url).searchParams.get('id')
  // ok: CLK203 (the owner is in the WHERE clause)
  const { rows } = await sql`SELECT * FROM reports WHERE id = ${id} AND user_id = ${userId}`
  return Response.json(rows[0])
}
