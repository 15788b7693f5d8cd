// ok: CLK402
export default function Dashboard() {
  return <main>Dashboard</main>
}
