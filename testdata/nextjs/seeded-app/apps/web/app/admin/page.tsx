'use client'

import { useUser } from '@clerk/nextjs'

// Role read from the browser's copy of the user. The page itself holds no
// data (its code is public in the JS bundle anyway); the admin APIs are what
// must check the role, and they are judged on their own.
// ok: CLK101
export default function AdminPage() {
  const { user } = useUser()
  if (user?.publicMetadata.role !== 'admin') return <p>Forbidden</p>
  return <h1>Admin</h1>
}
