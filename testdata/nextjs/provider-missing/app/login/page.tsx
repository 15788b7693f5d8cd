import { SignIn } from '@clerk/nextjs'

export default function Login() {
  // Not a catch-all folder: /login/factor-one 404s.
  // ruleid: CLK401
  return <SignIn />
}
