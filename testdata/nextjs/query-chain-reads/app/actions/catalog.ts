'use server'

import { eq } from 'drizzle-orm'
import { supabase } from '@/lib/supabase'
import { db, products } from '@/db'

// The catalogue, read through a query builder's chain: its links are one
// read of products, a model public-data names, however many links it has.
// ok: CLK101
export async function listProducts() {
  const { data } = await supabase.from('products').select('id, name').order('name').limit(50)
  return data
}

// ok: CLK101
export async function productBySlug(slug: string) {
  return db.select().from(products).where(eq(products.slug, slug)).limit(1)
}

// Reviews are no catalogue by default: in a review tool they hold the
// business's private notes and analysis.
// ruleid: CLK101
export async function reviewById(id: string) {
  const { data } = await supabase.from('reviews').select('*').eq('id', id).single()
  return data
}
