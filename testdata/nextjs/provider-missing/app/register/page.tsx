import { SignUp } from '@clerk/nextjs'

export default function Register() {
  // Hash routing needs no catch-all.
  // ok: CLK401
  return <SignUp routing="hash" />
}
