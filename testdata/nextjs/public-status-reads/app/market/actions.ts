'use server'

import { db } from '@/lib/db'

// The storefront lists what sellers put live: the filter is the app's own
// line between public and private rows.
// ok: CLK101
export async function liveTemplates(page: number) {
  return db.template.findMany({ where: { status: 'Live' }, skip: page * 20, take: 20 })
}

// Drafts are the sellers' own: another status is not a public one.
// ruleid: CLK101
export async function draftTemplates() {
  return db.template.findMany({ where: { status: 'Draft' } })
}

// The caller picks the status, so it may pick the private ones.
// ruleid: CLK101
export async function templatesByStatus(status: string) {
  return db.template.findMany({ where: { status } })
}
