import { SignIn } from '@clerk/remix'

export default function SignInPage() {
  // ok: CLK401
  return <SignIn />
}
