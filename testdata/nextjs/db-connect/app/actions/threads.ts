'use server'

import { openDatabase } from '@/lib/db'
import { Thread } from '@/lib/thread'

// Only opens the connection: nothing read or written yet.
// ok: CLK101
export async function warmUp() {
  try {
    await openDatabase()
  } catch (err) {
    throw new Error(`database unavailable: ${String(err)}`)
  }
}

// Opens the connection, then deletes any thread it is given.
// ruleid: CLK101
export async function removeThread(id: string) {
  await openDatabase()
  await Thread.findByIdAndDelete(id)
}
