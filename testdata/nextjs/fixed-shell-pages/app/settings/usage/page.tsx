import { currentAccount, planLimits } from '../../../lib/account'

// The row is the visitor's own, but the plan limits come from an async
// helper whatever the session: what it returns may be data.
// ruleid: CLK101
export default async function UsagePage() {
  const account = await currentAccount()
  const limits = await planLimits()
  return <p>{account?.plan ?? 'free'}: {limits.free}</p>
}
