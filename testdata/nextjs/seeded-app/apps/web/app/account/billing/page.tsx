import { SignedIn } from '@clerk/nextjs'
import { db } from '@/lib/db'

// The server still renders (and queries) this page for signed-out visitors.
// ruleid: CLK101
export default async function BillingPage() {
  const invoices = await db.invoice.findMany()
  return (
    <SignedIn>
      <ul>{invoices.map((i: any) => <li key={i.id}>{i.total}</li>)}</ul>
    </SignedIn>
  )
}
