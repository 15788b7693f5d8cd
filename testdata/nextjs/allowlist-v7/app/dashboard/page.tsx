// Covered by the proxy: everything but the allowlisted paths requires a session.
// ok: CLK101
export default function Dashboard() {
  return <main>dashboard</main>
}
