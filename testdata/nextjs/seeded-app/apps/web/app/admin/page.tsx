'use client'

import { useUser } from '@clerk/nextjs'

// Role read from the browser's copy of the user: the server never checks it.
// ruleid: CLK101
export default function AdminPage() {
  const { user } = useUser()
  if (user?.publicMetadata.role !== 'admin') return <p>Forbidden</p>
  return <h1>Admin</h1>
}
