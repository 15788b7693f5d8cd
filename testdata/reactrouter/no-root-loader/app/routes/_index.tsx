import { UserButton } from '@clerk/remix'

// ok: CLK101
export default function Index() {
  return <UserButton />
}
