import { currentUser } from '@clerk/nextjs/server'

// ok: CLK101, CLK102
export default async function Dashboard() {
  const user = await currentUser()
  return <h1>{user?.firstName}</h1>
}
