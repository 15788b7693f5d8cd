import { SignIn } from '@clerk/react-router'

export default function SignInPage() {
  // ok: CLK401
  return <SignIn />
}
