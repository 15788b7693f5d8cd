// Fixed markup, but inside the billing layout that loads the invoices.
// ruleid: CLK101
export default function Receipts() {
  return <p>receipts</p>
}
