import { SignUp } from '@clerk/nextjs'

export default function Page() {
  // ok: CLK402, CLK401
  return <SignUp path="/sign-up" signInUrl="/sign-in" />
}
