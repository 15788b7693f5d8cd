import { SignUp } from '@clerk/react-router'

export default function SignUpPage() {
  return (
    <main>
      {/* ruleid: CLK401 */}
      <SignUp />
      {/* ok: CLK401 */}
      <SignUp routing="hash" />
    </main>
  )
}
