import { cookies } from 'next/headers'
import { NextResponse } from 'next/server'
import { db } from '@/lib/db'

// Stores the token under an account id read from a cookie the caller
// controls, with no session: still a finding.
// ruleid: CLK101
export async function GET(req: Request) {
  const code = new URL(req.url).searchParams.get('code')
  const jar = await cookies()
  const res = await fetch('https://auth.atlassian.com/oauth/token', {
    method: 'POST',
    body: JSON.stringify({ code, client_secret: process.env.JIRA_CLIENT_SECRET }),
  })
  const data = await res.json()
  await db.account.update({ where: { id: jar.get('account')?.value }, data: { jiraToken: data.access_token } })
  return NextResponse.redirect(new URL('/settings', req.url))
}
