'use server'

import { auth, clerkClient } from '@clerk/nextjs/server'
import { PERMISSIONS } from '@/lib/permissions'

// The signed-in user's role claim picks the permission list.
// ok: CLK101, CLK201
export async function banMember(formData: FormData) {
  const { userId, sessionClaims } = await auth()
  if (!userId) throw new Error('Unauthorized')
  const role = sessionClaims?.metadata?.role as string | undefined
  if (!role || !PERMISSIONS[role]?.includes('manageUsers')) {
    throw new Error('Forbidden')
  }
  const client = await clerkClient()
  await client.users.banUser(formData.get('targetUserId') as string)
}

// The form picks the role the table is read with: it authorizes nothing.
// ruleid: CLK201
export async function banMemberAsClaimed(formData: FormData) {
  const { userId } = await auth()
  if (!userId) throw new Error('Unauthorized')
  if (!PERMISSIONS[formData.get('role') as string]?.includes('manageUsers')) {
    throw new Error('Forbidden')
  }
  const client = await clerkClient()
  await client.users.banUser(formData.get('targetUserId') as string)
}
