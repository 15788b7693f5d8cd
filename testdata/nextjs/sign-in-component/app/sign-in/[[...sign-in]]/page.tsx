import { SignInCard } from '@/components/auth/sign-in-card'

// ok: CLK101, CLK102, CLK401
export default function Page() {
  return <SignInCard />
}
