'use server'

import { db } from '@/lib/db'

// A 'use server' module that is not a route: its exports are server
// actions, which no middleware covers.
// ruleid: CLK101
export async function renameWorkspace(id: string, name: string) {
  await db.workspace.update({ where: { id }, data: { name } })
}
