'use server'
import { db } from './db'

// Its only importer is a helper that only a route handler imports: no
// page's build holds this module, so no browser can call it.
// ok: CLK101
export async function pruneSessions() {
  await db.session.deleteMany({ where: { expired: true } })
}
