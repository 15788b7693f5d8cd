import { store } from '../../lib/data'

// An async server layout of the private /billing section: its invoices are
// rendered for anyone who asks for a page below it.
// ok: CLK101
export default async function BillingLayout({ children }: { children: React.ReactNode }) {
  const invoices = await store.invoices.list()
  return (
    <section>
      <p>{invoices.length} invoices</p>
      {children}
    </section>
  )
}
