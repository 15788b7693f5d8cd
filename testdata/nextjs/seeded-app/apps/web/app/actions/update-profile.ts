'use server'

import { db } from '@/lib/db'

// Server actions are public POST endpoints: this one trusts the form's userId.
// ruleid: CLK101
export async function updateProfile(formData: FormData) {
  await db.user.update({
    where: { id: formData.get('userId') as string },
    data: { bio: formData.get('bio') as string },
  })
}
