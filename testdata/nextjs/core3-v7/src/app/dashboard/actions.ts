'use server'

import { auth } from '@clerk/nextjs/server'
import { revalidatePath } from 'next/cache'
import { addNote } from '@/lib/notes'

// ok: CLK101, CLK102, CLK201, CLK202
export async function addNoteAction(formData: FormData) {
  const { isAuthenticated, userId } = await auth()
  if (!isAuthenticated) {
    throw new Error('Unauthorized')
  }
  await addNote(userId, String(formData.get('body')))
  revalidatePath('/dashboard')
}
