import { auth } from '@clerk/nextjs/server'
import { redirect } from 'next/navigation'

// ok: CLK101, CLK102
export default async function StaffPage() {
  const { sessionClaims } = await auth()
  if (sessionClaims?.metadata?.role !== 'admin') {
    redirect('/')
  }
  return <h1>Staff only</h1>
}
