'use server'

import { auth } from '@clerk/nextjs/server'
import { supabase } from '@/lib/supabase'

export async function loadPage(id: string) {
  const { userId } = await auth.protect()
  // ok: CLK203 (the embedded parent's owner is in the filter)
  const { data } = await supabase
    .from('pages')
    .select('id, body, notebook:notebooks!inner(owner_id)')
    .eq('id', id)
    .eq('notebook.owner_id', userId)
    .single()
  return data
}

export async function dumpPage(id: string) {
  const { userId } = await auth.protect()
  // ruleid: CLK203
  const { data } = await supabase
    .from('pages')
    .select('id, body, notebook:notebooks!inner(owner_id)')
    .eq('id', id)
    .single()
  return data
}
