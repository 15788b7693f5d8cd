import { auth } from '@clerk/nextjs/server'
import { createClient } from '@supabase/supabase-js'

// The client is built here with the caller's token and the anon key.
// ok: CLK101
export async function GET() {
  const { getToken } = await auth()
  const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    global: { headers: { Authorization: `Bearer ${await getToken()}` } },
  })
  const { data } = await supabase.from('notes').select()
  return Response.json(data)
}
