import { SignUp } from '@clerk/nextjs'

export default function Page() {
  // ok: CLK402
  return <SignUp />
}
