'use client'

// ok: CLK101
export default function Orders() {
  return <p>orders</p>
}
