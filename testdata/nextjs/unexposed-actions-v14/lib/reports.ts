'use server'
import { db } from './db'

// A route handler imports it, and so does a server page, which hands it to
// the browser as a form action: the page's worker registers it.
// ruleid: CLK101
export async function archiveReports(team: string) {
  await db.report.updateMany({ where: { team }, data: { archived: true } })
}
