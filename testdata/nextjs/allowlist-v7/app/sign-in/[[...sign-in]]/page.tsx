// ok: CLK401
import { SignIn } from '@clerk/nextjs'

export default function Page() {
  // ok: CLK401
  return <SignIn />
}
