'use server'

import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// Under /dashboard, but middleware never covers server actions.
export async function deleteProject(id: string) {
  // ruleid: CLK102
  const { userId } = await auth()
  await db.project.delete({ where: { id, ownerId: userId } })
}
