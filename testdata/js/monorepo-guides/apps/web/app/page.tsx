// ok: CLK101, CLK102
export default function Home() {
  return <h1>Acme</h1>
}
