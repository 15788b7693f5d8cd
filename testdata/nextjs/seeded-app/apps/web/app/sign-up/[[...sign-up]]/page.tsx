import { SignUp } from '@clerk/nextjs'

export default function SignUpPage() {
  // ok: CLK401
  return <SignUp />
}
