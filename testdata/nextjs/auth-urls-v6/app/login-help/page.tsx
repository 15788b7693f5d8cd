// ok: CLK402
export default function LoginHelp() {
  return <main>Trouble signing in? Write to support.</main>
}
