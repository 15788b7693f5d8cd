import { SignUp } from '@clerk/nextjs'

export default function Page() {
  // The welcome page signs in through its header's modal: not the wrong page.
  // ok: CLK402
  return <SignUp signInUrl="/portal/welcome" />
}
