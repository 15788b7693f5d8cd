import { OrganizationProfile } from '@clerk/nextjs'
import { db } from '../../../lib/db'

// Clerk's component next to the app's own data: the invoices load for anyone.
// ruleid: CLK101
export default async function OrgPage() {
  const invoices = await db.invoices.all()
  return (
    <>
      <OrganizationProfile routing="hash" />
      <p>{invoices.length} invoices</p>
    </>
  )
}
