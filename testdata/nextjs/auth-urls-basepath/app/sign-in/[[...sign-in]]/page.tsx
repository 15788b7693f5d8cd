import { SignIn } from '@clerk/nextjs'

export default function Page() {
  // ok: CLK402
  return <SignIn path="/portal/sign-in" />
}
