'use server'

import { checkRole } from '@/utils/roles'
import { clerkClient } from '@clerk/nextjs/server'

// ok: CLK101, CLK102, CLK201, CLK202
export async function setRole(formData: FormData) {
  const client = await clerkClient()

  // Check that the user trying to set the role is an admin
  if (!(await checkRole('admin'))) {
    return { message: 'Not Authorized' }
  }

  try {
    const res = await client.users.updateUserMetadata(formData.get('id') as string, {
      publicMetadata: { role: formData.get('role') },
    })
    return { message: res.publicMetadata }
  } catch (err) {
    return { message: err }
  }
}

// ok: CLK101, CLK102, CLK201, CLK202
export async function removeRole(formData: FormData) {
  if (!(await checkRole('admin'))) {
    return { message: 'Not Authorized' }
  }
  const client = await clerkClient()

  try {
    const res = await client.users.updateUserMetadata(formData.get('id') as string, {
      publicMetadata: { role: null },
    })
    return { message: res.publicMetadata }
  } catch (err) {
    return { message: err }
  }
}

// checkRole is async: without await the test sees a Promise, which is
// always truthy, so the guard never fires and anyone can set any role.
// ruleid: CLK101
export async function setRoleUnawaited(formData: FormData) {
  const client = await clerkClient()
  if (!checkRole('admin')) {
    return { message: 'Not Authorized' }
  }
  await client.users.updateUserMetadata(formData.get('id') as string, {
    publicMetadata: { role: formData.get('role') },
  })
  return { message: 'ok' }
}
