import { NextRequest, NextResponse } from 'next/server'
import { updateNote } from '@/lib/notes'

// No request handed down: Clerk's session is checked, and a signed-out
// caller gets the helper's throw.
// ok: CLK101
export async function PUT(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params
    const { body } = await req.json()
    const note = await updateNote(id, body)
    return NextResponse.json(note)
  } catch (err) {
    return NextResponse.json({ error: String(err) }, { status: 401 })
  }
}
