'use client'

// ruleid: CLK004
import { clerkClient } from '@clerk/nextjs/server'
import { useEffect, useState } from 'react'

export function AdminUsers() {
  const [count, setCount] = useState(0)
  useEffect(() => {
    clerkClient().then((c) => c.users.getCount()).then(setCount)
  }, [])
  return <p>{count} users</p>
}
