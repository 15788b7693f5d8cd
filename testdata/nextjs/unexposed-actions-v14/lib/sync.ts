// ok: CLK101
import { pruneSessions } from './session-actions'

// A plain helper only the cron route handler imports.
export async function nightly() {
  await pruneSessions()
}
