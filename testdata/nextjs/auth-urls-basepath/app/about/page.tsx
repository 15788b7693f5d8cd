// ok: CLK402
export default function About() {
  return <main>About the portal</main>
}
