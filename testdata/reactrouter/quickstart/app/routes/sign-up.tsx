import { SignUp } from '@clerk/react-router'

export default function SignUpPage() {
  // ok: CLK401
  return <SignUp />
}
