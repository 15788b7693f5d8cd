// ok: CLK101, CLK102
export default function Home() {
  return <p>Public home</p>
}
