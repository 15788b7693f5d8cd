import { SignIn } from '@clerk/nextjs'

export default function Page() {
  // ruleid: CLK402
  return <SignIn path="/login" />
}
