// ok: CLK101
import { auth } from '@clerk/nextjs/server'
import { db } from './db'

// Builds the app's display defaults: no data, no effect.
export function themeDefaults() {
  return { theme: 'dark', density: 'comfortable', locale: 'en' }
}

// Every invoice in the database.
export async function allInvoices() {
  return db.invoice.findMany()
}

// The caller's own settings, for signed-in callers only.
export async function ownSettings() {
  const { userId } = await auth()
  if (!userId) throw new Error('Unauthorized')
  return db.setting.findUnique({ where: { userId } })
}
