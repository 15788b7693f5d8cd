import { NextRequest, NextResponse } from 'next/server'
import { createNote, updateNote } from '@/lib/notes'

// The request's forged claim writes first; the session check that
// follows comes too late for it.
// ruleid: CLK101
export async function POST(req: NextRequest) {
  try {
    const { body } = await req.json()
    const note = await createNote(body, req)
    await updateNote(note.id, body)
    return NextResponse.json(note)
  } catch (err) {
    return NextResponse.json({ error: String(err) }, { status: 401 })
  }
}
