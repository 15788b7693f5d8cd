import { NextResponse } from 'next/server'
import { getCategories } from '../../../lib/catalogue'

// ok: CLK101
export async function GET() {
  return NextResponse.json(await getCategories())
}
