import { db } from '../../lib/db'

// Loads every order; on a preview host the middleware lets it through.
// ruleid: CLK101
export default async function Account() {
  const orders = await db.order.findMany()
  return <ul>{orders.map((o: { id: string }) => <li key={o.id}>{o.id}</li>)}</ul>
}
