import { SignIn } from '@clerk/nextjs'

// ok: CLK401
export function SignInCard() {
  return (
    <div className="card">
      <SignIn appearance={{ elements: { rootBox: 'mx-auto' } }} />
    </div>
  )
}
