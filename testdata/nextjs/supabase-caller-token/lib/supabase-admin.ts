import { createClient } from '@supabase/supabase-js'

// The service-role key bypasses row-level security: whatever runs on this
// client runs as the app.
// ok: CLK101
export function createAdminClient() {
  return createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!)
}
