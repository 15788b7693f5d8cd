import { auth } from '@clerk/nextjs/server'
import { NextResponse } from 'next/server'
import { addNote, notesFor } from '@/lib/notes'

// ok: CLK101, CLK102, CLK201, CLK202
export async function GET() {
  const { isAuthenticated, userId } = await auth()
  if (!isAuthenticated) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })
  }
  return NextResponse.json(await notesFor(userId))
}

// ok: CLK101, CLK102, CLK201, CLK202
export async function POST(request: Request) {
  const { userId } = await auth.protect()
  const body = await request.json()
  return NextResponse.json(await addNote(userId, body.text), { status: 201 })
}
