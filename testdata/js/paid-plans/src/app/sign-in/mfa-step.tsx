'use client'
import { useSignIn } from '@clerk/nextjs'

export function MfaStep({ code }: { code: string }) {
  const { signIn, setActive } = useSignIn()
  async function verify() {
    // ruleid: CLK801
    const res = await signIn!.attemptSecondFactor({ strategy: 'totp', code })
    if (res.status === 'complete') await setActive!({ session: res.createdSessionId })
  }
  return <button onClick={verify}>Verify</button>
}
