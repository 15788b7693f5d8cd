import { SignUp } from '@clerk/remix'

export default function SignUpPage() {
  // ruleid: CLK401
  return <SignUp />
}
