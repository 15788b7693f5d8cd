'use client'

// Two levels below the loading layout: still rendered inside it.
// ruleid: CLK101
export default function Invoices() {
  return <p>invoices</p>
}
