'use server'

import { createClient } from '@supabase/supabase-js'
import { auth } from '@clerk/nextjs/server'

// Only builds a client that sends the caller's own session token: it reads
// and writes nothing itself.
// ok: CLK101
export async function notesClient() {
  return createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    async accessToken() {
      return (await auth()).getToken()
    },
  })
}
