import { store } from '../../../lib/data'

// The same habit, but this one awaits the invoice list and renders it into
// the response for signed-out visitors too.
// ruleid: CLK101
export default async function Library() {
  const invoices = await store.invoices.list()
  return <ul>{invoices.map((i) => <li key={i.id}>{i.total}</li>)}</ul>
}
