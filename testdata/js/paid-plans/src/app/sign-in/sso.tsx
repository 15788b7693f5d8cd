'use client'
import { useSignIn } from '@clerk/nextjs'

export function CompanySSO({ email }: { email: string }) {
  const { signIn } = useSignIn()
  return (
    <button
      onClick={() =>
        // ruleid: CLK801
        signIn!.authenticateWithRedirect({ strategy: 'enterprise_sso', identifier: email, redirectUrl: '/sso-callback', redirectUrlComplete: '/' })
      }
    >
      Continue with SSO
    </button>
  )
}
