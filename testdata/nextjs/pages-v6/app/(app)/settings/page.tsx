import { currentUser } from '@clerk/nextjs/server'

// /settings: protected by app/(app)/layout.tsx.
// ok: CLK101, CLK102
export default async function Settings() {
  const user = await currentUser()
  return <p>{user?.firstName}</p>
}
