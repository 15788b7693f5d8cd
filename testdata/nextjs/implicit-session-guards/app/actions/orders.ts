'use server'

import { currentUser } from '@clerk/nextjs/server'
import { supabase } from '@/lib/supabase'

// The builder's links run nothing until the chain is awaited, so user.id
// throws for a signed-out caller before the query.
// ok: CLK101, CLK102
export async function myOrders() {
  const user = await currentUser()
  const { data } = await supabase.from('orders').select('*').eq('buyer_id', user.id)
  return data
}

// Optional chaining reads undefined, and the query runs with it.
// ok: CLK101
export async function myInvoices() {
  // ruleid: CLK102
  const user = await currentUser()
  const { data } = await supabase.from('invoices').select('*').eq('buyer_id', user?.id)
  return data
}
