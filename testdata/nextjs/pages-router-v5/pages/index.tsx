// The home page is public.
// ok: CLK101
export default function Home() {
  return <main>home</main>
}
