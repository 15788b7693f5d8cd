'use server'

import { auth } from '@clerk/nextjs/server'
import { revalidatePath } from 'next/cache'
import { db } from '@/lib/db'

// ok: CLK101, CLK102, CLK201, CLK202
export async function createProject(formData: FormData) {
  const { userId } = await auth.protect()
  const name = String(formData.get('name') ?? '')
  await db.projects.create(userId, name)
  revalidatePath('/dashboard')
}
