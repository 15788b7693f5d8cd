'use server'

import { revalidatePath } from 'next/cache'
import { api } from '~/trpc/server'

// Each call runs the procedure's middleware: signed out, it throws.
// ok: CLK101
export async function myInvoices() {
  return api.post.mine()
}

// ok: CLK101
export async function deleteInvoice(id: string) {
  await api.post.remove({ id })
  revalidatePath('/invoices')
}

// ok: CLK101
export async function myNotes() {
  const notes = await api.note.list()
  return notes.length
}

// A public procedure checks nothing.
// ruleid: CLK101
export async function newestInvoice() {
  return api.post.newest()
}

// Its middleware only times the call.
// ruleid: CLK101
export async function purgeInvoices() {
  await api.post.purge()
}

// Spread into the router: the procedure is not followed.
// ruleid: CLK101
export async function charge() {
  return api.billing.charge()
}

// UNAUTHORIZED for a missing API key, in a module that builds no Clerk session.
// ruleid: CLK101
export async function syncPartner() {
  return api.partner.sync()
}
