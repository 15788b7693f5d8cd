'use client'
import { useUser } from '@clerk/nextjs'
// ok: CLK004, CLK101, CLK102
export default function Onboarding() {
  const { user } = useUser()
  return <div>Welcome {user?.firstName}</div>
}
