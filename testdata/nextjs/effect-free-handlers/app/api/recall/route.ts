import { NextResponse } from 'next/server'
import { PrismaClient } from '@prisma/client'

const db = new PrismaClient()

// The same find() on a database client reads rows.
// ruleid: CLK101
export async function POST(req: Request) {
  const { id } = await req.json()
  const note = await db.note.findUnique({ where: { id } })
  return NextResponse.json(note)
}
