import { NextRequest, NextResponse } from 'next/server'
import { db } from '@/lib/db'

// The state carries the user id the flow started for, and nothing checks
// it: anyone can attach their Slack workspace to any user's account.
// ruleid: CLK101
export async function GET(req: NextRequest) {
  const code = req.nextUrl.searchParams.get('code')!
  const userId = req.nextUrl.searchParams.get('state')!
  const res = await fetch('https://slack.com/api/oauth.v2.access', {
    method: 'POST',
    body: new URLSearchParams({ code, client_secret: process.env.SLACK_CLIENT_SECRET! }),
  })
  const data = await res.json()
  await db.connection.create({ data: { userId, provider: 'slack', token: data.access_token } })
  return NextResponse.redirect(new URL('/connections', req.url))
}
