'use client'
import { listOrders } from '../app/actions/orders'

// ok: CLK101
export function OrderList({ shop }: { shop: string }) {
  return <button onClick={() => listOrders(shop)}>Load orders</button>
}
