import { auth } from '@clerk/nextjs/server'
import { redirect } from 'next/navigation'

// Checks the session itself and redirects signed-out visitors.
// ok: CLK101, CLK102
export default async function Account() {
  const { userId } = await auth()
  if (!userId) redirect('/sign-in')
  return <p>{userId}</p>
}
