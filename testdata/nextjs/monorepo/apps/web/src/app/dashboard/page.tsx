// Covered: the middleware protects /dashboard(.*).
// ok: CLK101
export default function Dashboard() {
  return <p>dashboard</p>
}
