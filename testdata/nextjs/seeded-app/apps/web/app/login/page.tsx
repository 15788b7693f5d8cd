import { SignIn } from '@clerk/nextjs'

export default function LoginPage() {
  // ruleid: CLK401
  return <SignIn />
}
