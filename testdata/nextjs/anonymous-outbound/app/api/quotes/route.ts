import { NextResponse } from 'next/server'
import { getQuotes } from '../../../lib/catalogue'

// Anyone can spend the app's quota on the quotes API.
// ruleid: CLK101
export async function GET() {
  return NextResponse.json(await getQuotes())
}
