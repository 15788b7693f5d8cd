'use client'
import { useSignIn } from '@clerk/nextjs'

export function PasswordStep({ identifier, password }: { identifier: string; password: string }) {
  const { signIn } = useSignIn()
  async function submit() {
    const res = await signIn!.create({ identifier, password })
    // ruleid: CLK801
    if (res.status === 'needs_second_factor') return 'mfa'
    return res.status
  }
  return <button onClick={submit}>Sign in</button>
}
