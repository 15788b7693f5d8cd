import { UserButton } from '@clerk/nextjs'
import { auth } from '@clerk/nextjs/server'

// ok: CLK101, CLK102
export default async function Dashboard() {
  await auth.protect()
  return <UserButton />
}
