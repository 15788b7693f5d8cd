import { SignIn } from '@clerk/nextjs'

// ok: CLK101, CLK102, CLK401
export default function Page() {
  return <SignIn />
}
