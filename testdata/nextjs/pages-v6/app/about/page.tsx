// A marketing page outside protected-pages: never judged.
// ok: CLK101
export default function About() {
  return <main>about us</main>
}
