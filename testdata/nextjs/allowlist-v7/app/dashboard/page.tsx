// Pages are not endpoints for CLK101.
// ok: CLK101
export default function Dashboard() {
  return <main>dashboard</main>
}
