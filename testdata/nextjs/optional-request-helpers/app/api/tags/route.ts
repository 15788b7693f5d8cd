import { NextRequest, NextResponse } from 'next/server'
import { tagNote } from '@/lib/notes'

// When auth() throws, the helper takes the caller's header.
// ruleid: CLK101
export async function POST(req: NextRequest) {
  try {
    const { id, tag } = await req.json()
    return NextResponse.json(await tagNote(id, tag))
  } catch (err) {
    return NextResponse.json({ error: String(err) }, { status: 401 })
  }
}
