import { NextResponse } from 'next/server'

// A debugging route left in: the connection string goes out through a local.
// ruleid: CLK101
export async function GET() {
  const conn = process.env.DATABASE_URL ?? ''
  const region = process.env.DEPLOY_REGION
  return new NextResponse(`db=${conn} region=${region}`)
}
