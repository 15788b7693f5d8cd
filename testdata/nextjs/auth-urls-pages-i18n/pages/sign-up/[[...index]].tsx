import { SignUp } from '@clerk/nextjs'

export default function Page() {
  // ruleid: CLK402
  return <SignUp path="/en/register" />
}
