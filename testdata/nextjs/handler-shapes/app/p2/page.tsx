import { auth } from '@clerk/nextjs/server'
import { redirect } from 'next/navigation'

// ok: CLK101, CLK102
export default async function Page() {
  const { userId } = await auth()
  if (!userId) redirect('/sign-in')
  return <div>{userId}</div>
}
