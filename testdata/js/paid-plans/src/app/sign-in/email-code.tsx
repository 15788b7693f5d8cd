'use client'
import { useSignIn } from '@clerk/nextjs'

// ok: CLK801
export function EmailCode({ code }: { code: string }) {
  const { signIn } = useSignIn()
  // A first factor by email code and an OAuth strategy are free-tier features.
  return <button onClick={() => signIn!.attemptFirstFactor({ strategy: 'email_code', code })}>Verify</button>
}

export function Google() {
  const { signIn } = useSignIn()
  return <button onClick={() => signIn!.authenticateWithRedirect({ strategy: 'oauth_google', redirectUrl: '/sso-callback', redirectUrlComplete: '/' })}>Google</button>
}
