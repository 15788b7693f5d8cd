import { NextRequest, NextResponse } from 'next/server'
import { createNote } from '@/lib/notes'

// The request goes down, so a forged token's claim is trusted.
// ruleid: CLK101
export async function POST(req: NextRequest) {
  try {
    const { body } = await req.json()
    return NextResponse.json(await createNote(body, req))
  } catch (err) {
    return NextResponse.json({ error: String(err) }, { status: 401 })
  }
}
