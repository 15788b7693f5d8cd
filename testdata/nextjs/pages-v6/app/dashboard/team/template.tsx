import { auth } from '@clerk/nextjs/server'
import { redirect } from 'next/navigation'

// A template re-renders on every navigation: its check protects the pages below.
// ok: CLK101, CLK102
export default async function TeamTemplate({ children }: { children: React.ReactNode }) {
  const { userId } = await auth()
  if (!userId) return redirect('/sign-in')
  return <>{children}</>
}
