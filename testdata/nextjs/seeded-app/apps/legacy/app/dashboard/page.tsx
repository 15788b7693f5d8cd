// ok: CLK101
export default function Dashboard() {
  return <h1>Dashboard</h1>
}
