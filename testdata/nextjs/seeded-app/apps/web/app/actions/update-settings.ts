'use server'

import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// ok: CLK101
export async function updateSettings(formData: FormData) {
  const { userId } = await auth()
  if (!userId) throw new Error('Unauthorized')
  await db.settings.update({
    where: { userId },
    data: { theme: formData.get('theme') as string },
  })
}
