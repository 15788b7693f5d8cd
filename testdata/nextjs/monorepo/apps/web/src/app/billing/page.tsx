import { Protect } from '@clerk/nextjs'

// The middleware protects /dashboard only; <Protect> decides what renders.
// ruleid: CLK101
export default async function Billing() {
  const invoices = await fetch('https://billing.internal/invoices').then((r) => r.json())
  return (
    <>
      <h1>{invoices.length} invoices</h1>
      <Protect><pre>{JSON.stringify(invoices)}</pre></Protect>
    </>
  )
}
