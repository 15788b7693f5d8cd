// ok: CLK402
export default function Home() {
  return <main>Portal</main>
}
