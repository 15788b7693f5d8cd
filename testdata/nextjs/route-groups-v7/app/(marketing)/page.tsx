// ok: CLK101, CLK102
export default function Landing() {
  return <a href="/dashboard">Open the app</a>
}
