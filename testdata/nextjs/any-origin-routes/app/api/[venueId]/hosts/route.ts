import { NextResponse } from 'next/server'
import { clerkClient } from '@clerk/nextjs/server'

// Answering any origin does not make the app's user directory public.
// ruleid: CLK101
export async function GET() {
  const client = await clerkClient()
  const { data } = await client.users.getUserList({ limit: 20 })
  return NextResponse.json(data.map((u) => u.firstName), { headers: { 'Access-Control-Allow-Origin': '*' } })
}
