// Everything else under /dashboard requires a session in the middleware.
// ok: CLK101
export default function Dashboard() {
  return <main>Your orders</main>
}
