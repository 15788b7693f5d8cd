import { auth, currentUser } from '@clerk/nextjs/server'

// ok: CLK101, CLK102, CLK401
export default async function DashboardPage() {
  const { isAuthenticated, redirectToSignIn } = await auth()
  if (!isAuthenticated) return redirectToSignIn()

  const user = await currentUser()
  return <h1>Hello {user?.firstName ?? 'there'}</h1>
}
