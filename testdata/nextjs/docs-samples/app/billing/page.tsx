import { auth } from '@clerk/nextjs/server'

// ok: CLK101, CLK102
export default async function Page() {
  const { has } = await auth()
  const hasBronzePlan = has({ plan: 'bronze' })
  if (!hasBronzePlan) return <h1>Only subscribers to the Bronze plan can access this content.</h1>
  return <h1>For Bronze subscribers only</h1>
}
