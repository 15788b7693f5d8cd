'use server'

import { auth } from '@clerk/nextjs/server'
import { createClient } from '@supabase/supabase-js'
import { createAdminClient } from '@/lib/supabase-admin'

// Builds a client that sends the caller's token (null signed out): getToken
// is always there, and the database judges whoever the token names.
// ok: CLK101, CLK102
export async function tokenClient() {
  const { getToken } = await auth()
  return createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    accessToken: async () => (await getToken()) ?? null,
  })
}

// Reads only getToken too, but writes as the app whoever calls.
// ok: CLK101
export async function stampVisit(page: string) {
  // ruleid: CLK102
  const { getToken } = await auth()
  const admin = createAdminClient()
  await admin.from('visits').insert({ page, signed: Boolean(await getToken()) })
}
