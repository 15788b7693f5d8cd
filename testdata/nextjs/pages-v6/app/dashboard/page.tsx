import { SignedIn, SignedOut, RedirectToSignIn } from '@clerk/nextjs'
import { db } from '../../lib/db'

// Gated by <SignedIn> only, and the middleware does not protect /dashboard:
// the invoices are loaded for every visitor.
// ruleid: CLK101
export default async function Dashboard() {
  const invoices = await db.invoices.all()
  return (
    <>
      <SignedIn>
        <ul>{invoices.map((i) => <li key={i.id}>{i.id}</li>)}</ul>
      </SignedIn>
      <SignedOut>
        <RedirectToSignIn />
      </SignedOut>
    </>
  )
}
