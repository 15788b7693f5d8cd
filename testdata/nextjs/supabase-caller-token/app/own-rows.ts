'use server'

import { auth } from '@clerk/nextjs/server'
import { createUserClient } from '@/lib/supabase'
import { createAdminClient } from '@/lib/supabase-admin'

// The caller's own rows, on a client with their token: signed out, the id
// is null and eq selects nothing (the column is compared with the text
// null), so nothing is read.
// ok: CLK101, CLK102
export async function myBookmarks() {
  const { userId } = await auth()
  const supabase = createUserClient()
  const { data } = await supabase.from('bookmarks').select('id, url').eq('owner_id', userId)
  return data ?? []
}

// Deleting by the caller's id and a row id deletes nothing signed out.
// ok: CLK101, CLK102
export async function dropBookmark(id: string) {
  const { userId: owner } = await auth()
  const supabase = createUserClient()
  await supabase.from('bookmarks').delete().eq('owner_id', owner).eq('id', id)
}

// An insert has no filter: signed out, it adds a row owned by nobody.
// ok: CLK101
export async function addBookmark(url: string) {
  // ruleid: CLK102
  const { userId } = await auth()
  const supabase = createUserClient()
  await supabase.from('bookmarks').insert({ owner_id: userId, url })
}

// The same read as the app (the service-role key) is still the app's
// authority, whatever the filter.
// ok: CLK101
export async function myBookmarksAsApp() {
  // ruleid: CLK102
  const { userId } = await auth()
  const supabase = createAdminClient()
  const { data } = await supabase.from('bookmarks').select('id, url').eq('owner_id', userId)
  return data ?? []
}
