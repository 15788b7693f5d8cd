import { SignIn } from '@clerk/nextjs'

export default function SignInPage() {
  // ok: CLK401
  return <SignIn />
}
