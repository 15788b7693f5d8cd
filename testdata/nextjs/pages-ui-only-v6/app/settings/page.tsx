// A server page below a client-gated layout: its RSC payload is sent to anyone.
// ruleid: CLK101
export default async function Settings() {
  const prefs = await fetch('https://internal.example/prefs').then((r) => r.json())
  return <pre>{JSON.stringify(prefs)}</pre>
}
