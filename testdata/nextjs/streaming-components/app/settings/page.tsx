import { auth } from '@clerk/nextjs/server'
import { redirect } from 'next/navigation'

// ok: CLK101, CLK102
export default async function SettingsPage() {
  const { isAuthenticated } = await auth()
  if (!isAuthenticated) {
    return redirect('/sign-in?redirect_url=/settings')
  }
  return <h1>Settings</h1>
}
