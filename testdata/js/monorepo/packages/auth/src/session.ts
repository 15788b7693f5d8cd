import { useUser } from '@clerk/nextjs'

export function useSessionLabel() {
  const { user } = useUser()
  // ok: CLK004
  return user?.fullName ?? process.env.NEXT_PUBLIC_CLERK_SIGN_IN_URL ?? ''
}
