// ok: CLK101
export default function Home() {
  return <a href="/dashboard">Open the dashboard</a>
}
