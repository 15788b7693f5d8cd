// ok: CLK203
import { auth } from '@clerk/nextjs/server'
import { createClient } from '@supabase/supabase-js'

// userClient sends the signed-in user's Clerk token, so RLS sees them.
export async function userClient() {
  const { getToken } = await auth()
  return createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    accessToken: async () => (await getToken()) ?? null,
  })
}
