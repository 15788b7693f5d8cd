import { SignIn } from '@clerk/nextjs'

export default function Page() {
  // ok: CLK402, CLK401
  return <SignIn path="/sign-in" />
}
