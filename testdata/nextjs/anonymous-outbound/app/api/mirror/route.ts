import { NextResponse } from 'next/server'
import { fetchFrom } from '../../../lib/catalogue'

// The URL comes from the app's secret configuration, through the parameter.
// ruleid: CLK101
export async function GET() {
  return NextResponse.json(await fetchFrom(`https://mirror.example.org/feed?token=${process.env.MIRROR_TOKEN}`))
}
