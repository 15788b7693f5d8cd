'use client'
import { useUser } from '@clerk/nextjs'
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

// A client page that redirects in the browser: the server answers /billing
// for signed-out visitors, but with a shell that holds no data.
// ok: CLK101
export default function Billing() {
  const { isLoaded, isSignedIn } = useUser()
  const router = useRouter()
  useEffect(() => {
    if (isLoaded && !isSignedIn) router.push('/sign-in')
  }, [isLoaded, isSignedIn, router])
  return <p>billing</p>
}
