import { auth } from '@clerk/nextjs/server'
import { createClient } from '@supabase/supabase-js'

// Clerk's Supabase integration: the client sends the caller's session
// token, so the database sees the caller (or an anonymous visitor) and its
// row-level security decides what they may read or write.
// ok: CLK101
export function createUserClient() {
  return createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    async accessToken() {
      return (await auth()).getToken()
    },
  })
}
