import { auth } from '@clerk/nextjs/server'
import { PlanProvider } from '../../../components/PlanProvider'

// Async only to read the visitor's own plan: a signed-out visitor gets
// pro = false and the same shell, no data.
// ok: CLK101
export default async function PlansLayout({ children }: { children: React.ReactNode }) {
  const { has } = await auth()
  return <PlanProvider pro={has({ plan: 'pro' })}>{children}</PlanProvider>
}
