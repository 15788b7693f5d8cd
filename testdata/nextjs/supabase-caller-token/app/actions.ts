'use server'

import { createUserClient } from '@/lib/supabase'
import { createAdminClient } from '@/lib/supabase-admin'

// Runs with the caller's own token: signed out, the database sees an
// anonymous visitor, as it would for the same query from the browser.
// ok: CLK101
export async function listNotes(folderId: string) {
  const supabase = createUserClient()
  const { data } = await supabase.from('notes').select().eq('folder_id', folderId)
  return data
}

// Runs as the app: anyone can delete any folder's notes.
// ruleid: CLK101
export async function purgeNotes(folderId: string) {
  const supabase = createAdminClient()
  await supabase.from('notes').delete().eq('folder_id', folderId)
}
