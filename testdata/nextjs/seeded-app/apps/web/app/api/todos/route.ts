import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

export async function GET() {
  // ruleid: CLK102
  const { userId } = await auth()
  return Response.json(await db.todo.findMany({ where: { userId } }))
}
